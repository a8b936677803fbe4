package org.paivand.eval;

import java.util.List;

/**
 * One labelled sentence of an evaluation set: its id ({@code fa-0001}), language, where it was taken from, the text
 * exactly as in the source, and every in-scope mention a careful annotator marks in it.
 */
public record EvalSentence(String id, String lang, String source, String text, List<LabelledMention> mentions) {
  public EvalSentence {
    mentions = List.copyOf(mentions);
  }

  /** The characters a mention covers, for error lists. */
  public String surface(LabelledMention mention) {
    return text.substring(mention.start(), mention.end());
  }
}
