package org.paivand.generate;

import java.time.LocalDate;
import java.util.List;
import org.paivand.corpus.CorpusRecord;

/**
 * One generated article and what was planted in it: for every sentence that holds entities, the entity ids of its
 * mentions in text order (an id twice is two mentions). {@code header} is the boilerplate block (date and story code
 * lines) that a near copy replaces.
 */
record GeneratedArticle(
    String id,
    String title,
    String header,
    String body,
    String published,
    String language,
    String source,
    LocalDate day,
    List<List<String>> sentenceMentions) {

  String text() {
    return title + "\n" + header + body;
  }

  CorpusRecord toRecord() {
    return new CorpusRecord(id, title, text(), published, language, source, null);
  }

  GeneratedArticle copy(String newId, String newHeader, String newPublished) {
    return new GeneratedArticle(newId, title, newHeader, body, newPublished, language, source, day,
        sentenceMentions);
  }
}
