package org.paivand.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SentenceExcerptTest {
  private static void check(String text, int start, int end, String expected) {
    assertEquals(expected, SentenceExcerpt.of(text, start, end));
  }

  @Test
  void empty() {
    check("", 0, 0, "");
  }

  @Test
  void surroundingWhiteSpaceIsDropped() {
    check("  Iran and Russia met.\n", 0, 23, "Iran and Russia met.");
  }

  @Test
  void persianTextIsKeptAsWritten() {
    // Arabic yeh and kaf stay: the excerpt is the original text, not the normalized one
    String text = "خبر. ايران و روسيه در مسكو. پايان";
    check(text, 5, 27, "ايران و روسيه در مسكو.");
  }

  @Test
  void onlyTheSpanIsTaken() {
    check("First. Second one. Third.", 7, 18, "Second one.");
  }

  @Test
  void exactlyTheLimitIsNotCut() {
    String text = "a".repeat(SentenceExcerpt.LIMIT);
    check(text, 0, text.length(), text);
  }

  @Test
  void longerIsCutAndMarked() {
    String text = "b".repeat(SentenceExcerpt.LIMIT + 1);
    check(text, 0, text.length(), "b".repeat(SentenceExcerpt.LIMIT) + SentenceExcerpt.CUT_MARK);
  }

  @Test
  void aCutDoesNotSplitASurrogatePair() {
    String text = "c".repeat(SentenceExcerpt.LIMIT - 1) + "\uD83D\uDE00" + "tail";
    check(text, 0, text.length(), "c".repeat(SentenceExcerpt.LIMIT - 1) + SentenceExcerpt.CUT_MARK);
  }
}
