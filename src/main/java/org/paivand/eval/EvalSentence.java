package org.paivand.eval;

import java.time.LocalDate;
import java.util.List;

/**
 * One labelled sentence of an evaluation set: its id ({@code fa-0001}), language, where it was taken from, the text
 * exactly as in the source, every in-scope mention a careful annotator marks in it, and the publication date of its
 * article when the set gives one (null otherwise): only a dated sentence gets role mentions.
 */
public record EvalSentence(String id, String lang, String source, String text, List<LabelledMention> mentions,
    LocalDate date) {
  public EvalSentence {
    mentions = List.copyOf(mentions);
  }

  /** A sentence without a publication date. */
  public EvalSentence(String id, String lang, String source, String text, List<LabelledMention> mentions) {
    this(id, lang, source, text, mentions, null);
  }

  /** The characters a mention covers, for error lists. */
  public String surface(LabelledMention mention) {
    return text.substring(mention.start(), mention.end());
  }
}
