package org.paivand.eval;

/**
 * One entity mention in a sentence, gold or predicted: UTF-16 offsets into the sentence text (end exclusive), the
 * paivand entity id ({@code IR}, {@code lavrov}, {@code karabakh}) and its kind ({@code country}, {@code person},
 * {@code organization}, {@code region}, {@code city}).
 */
public record LabelledMention(int start, int end, String entity, String kind) {
  public LabelledMention {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("mention offsets " + start + "-" + end + " are not a non-empty span");
    }
  }

  boolean overlaps(LabelledMention other) {
    return start < other.end && other.start < end;
  }
}
