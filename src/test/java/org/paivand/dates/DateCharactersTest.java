package org.paivand.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** One test per folding rule of {@link DateCharacters}. */
class DateCharactersTest {

  private static void check(String input, String expected) {
    char[] buffer = new char[input.length()];
    assertEquals(expected, new String(buffer, 0, DateCharacters.fold(input, buffer)), () -> "folding '" + input + "'");
  }

  @Test
  void empty() {
    check("", "");
  }

  @Test
  void persianDigits() {
    check("۰۱۲۳۴۵۶۷۸۹", "0123456789");
  }

  @Test
  void arabicIndicDigits() {
    check("٠١٢٣٤٥٦٧٨٩", "0123456789");
  }

  @Test
  void arabicYeh() {
    check("دي", "دی");
  }

  @Test
  void alefMaksura() {
    check("دى", "دی");
  }

  @Test
  void arabicKaf() {
    check("يكشنبه", "یکشنبه");
  }

  @Test
  void tatweelIsDropped() {
    check("مـــهر", "مهر");
  }

  @Test
  void zeroWidthNonJoinerIsASpace() {
    check("سه\u200Cشنبه", "سه شنبه");
  }

  @Test
  void noBreakSpaceIsASpace() {
    check("15\u00A0مهر", "15 مهر");
  }

  @Test
  void tabsAndNewlinesAreSpaces() {
    check("15\tمهر\n1399", "15 مهر 1399");
  }

  @Test
  void runsOfSpacesCollapseAndEndsAreTrimmed() {
    check("  15 \u200C  مهر  ", "15 مهر");
  }

  @Test
  void onlySpacesFoldToNothing() {
    check(" \u00A0\u200C\t", "");
  }

  @Test
  void directionMarksAndByteOrderMarkAreDropped() {
    check("\uFEFF\u200F15 مهر\u200E", "15 مهر");
  }

  @Test
  void arabicComma() {
    check("۱۳۹۹، ساعت", "1399, ساعت");
  }

  @Test
  void dashesAndMinusSign() {
    check("\u2013\u2014\u2212", "---");
  }

  @Test
  void asciiCapitalsAreLowered() {
    check("Tue, 06 OCT 2020T10:00Z", "tue, 06 oct 2020t10:00z");
  }

  @Test
  void persianLettersAndPunctuationAreKept() {
    check("2020/10/06 12:34:56.7+03:30", "2020/10/06 12:34:56.7+03:30");
  }
}
