package org.paivand.report;

import java.time.LocalDate;
import java.util.List;

/**
 * A sentence from the {@code mentions} table shown under a spike.
 *
 * @param entities the spike's entities this sentence mentions (one or both)
 * @param text the sentence's original text, null for outputs written before {@code mentions.sentence_text} existed
 */
public record Example(String articleId, LocalDate pubDate, int sentence, List<String> entities, String text) {
  public Example {
    entities = List.copyOf(entities);
  }
}
