package org.paivand.eval;

/**
 * One entity mention in a sentence, gold or predicted: UTF-16 offsets into the sentence text (end exclusive), the
 * paivand entity id ({@code IR}, {@code lavrov}, {@code karabakh}) and its kind ({@code country}, {@code person},
 * {@code organization}, {@code region}, {@code city}, or {@link #ROLE}).
 */
public record LabelledMention(int start, int end, String entity, String kind) {
  /**
   * The kind of a role mention ({@code وزیر خارجه روسیه}, {@code the Russian foreign minister}): the entity is the
   * person who held the office on the sentence's date. Scored apart from {@code person}.
   */
  public static final String ROLE = "role";

  public LabelledMention {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("mention offsets " + start + "-" + end + " are not a non-empty span");
    }
  }

  boolean isRole() {
    return kind.equals(ROLE);
  }

  boolean overlaps(LabelledMention other) {
    return start < other.end && other.start < end;
  }
}
