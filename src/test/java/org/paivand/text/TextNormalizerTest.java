package org.paivand.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** One test per mapping listed in the {@link TextNormalizer} class comment, plus the empty input. */
class TextNormalizerTest {
  private static final TextNormalizer NORMALIZER = TextNormalizer.standard();

  static void check(String input, String expected) {
    assertEquals(expected, NORMALIZER.normalize(input), () -> "normalizing '" + TextChecks.escape(input) + "'");
  }

  @Test
  void emptyInput() {
    check("", "");
  }

  @Test
  void plainPersianIsUnchanged() {
    check("ایران و روسیه", "ایران و روسیه");
  }

  // --- yeh and kaf ---

  @Test
  void arabicYeh() {
    check("علي", "علی");
  }

  @Test
  void alefMaksura() {
    check("موسى", "موسی");
  }

  @Test
  void yehWithHamza() {
    check("رئیس", "رییس");
  }

  @Test
  void yehBarree() {
    check("\u06D2", "ی");
  }

  @Test
  void arabicKaf() {
    check("كتاب", "کتاب");
  }

  @Test
  void swashKaf() {
    check("\u06AAتاب", "کتاب");
  }

  // --- heh ---

  @Test
  void hehWithYehAbove() {
    check("خانۀ", "خانه");
  }

  @Test
  void hehFollowedByCombiningHamzaAbove() {
    check("خانه\u0654", "خانه");
  }

  @Test
  void tehMarbuta() {
    check("مدرسة", "مدرسه");
  }

  @Test
  void ae() {
    check("\u06D5", "ه");
  }

  // --- alef, waw and hamza ---

  @Test
  void alefWithHamzaAbove() {
    check("أحمد", "احمد");
  }

  @Test
  void alefWithHamzaBelow() {
    check("إسلام", "اسلام");
  }

  @Test
  void alefWithMadda() {
    check("آذربایجان", "اذربایجان");
  }

  @Test
  void alefWasla() {
    check("\u0671لله", "الله");
  }

  @Test
  void wawWithHamza() {
    check("مؤسسه", "موسسه");
  }

  @Test
  void loneHamzaIsRemoved() {
    check("جزء", "جز");
  }

  @Test
  void combiningHamzaAboveIsRemoved() {
    check("ا\u0654", "ا");
  }

  @Test
  void combiningHamzaBelowIsRemoved() {
    check("ا\u0655", "ا");
  }

  // --- marks and tatweel ---

  @Test
  void harakatAreRemoved() {
    check("کِتابٌ", "کتاب");
    check("\u064Bا\u0651\u0652\u065F", "ا");
  }

  @Test
  void superscriptAlefIsRemoved() {
    check("موسی\u0670", "موسی");
  }

  @Test
  void quranicMarksAreRemoved() {
    check("ا\u06D6ب\u06EDپ", "ابپ");
  }

  @Test
  void tatweelIsRemoved() {
    check("ایـــران", "ایران");
  }

  // --- invisible characters ---

  @Test
  void zeroWidthNonJoinerBecomesSpace() {
    check("قره\u200Cباغ", "قره باغ");
  }

  @Test
  void zeroWidthSpaceBecomesSpace() {
    check("قره\u200Bباغ", "قره باغ");
  }

  @Test
  void noBreakSpaceBecomesSpace() {
    check("قره\u00A0باغ", "قره باغ");
  }

  @Test
  void otherUnicodeSpacesBecomeSpace() {
    check("a\u2003b\u202Fc\u3000d", "a b c d");
  }

  @Test
  void tabBecomesSpace() {
    check("a\tb", "a b");
  }

  @Test
  void notSignBecomesSpace() {
    check("قره\u00ACباغ", "قره باغ");
  }

  @Test
  void zeroWidthJoinerIsRemoved() {
    check("قره\u200Dباغ", "قرهباغ");
  }

  @Test
  void directionMarksAreRemoved() {
    check("\u200Eایران\u200F", "ایران");
  }

  @Test
  void bidiEmbeddingsAndIsolatesAreRemoved() {
    check("\u202Bایران\u202C \u2067iran\u2069", "ایران iran");
  }

  @Test
  void byteOrderMarkIsRemoved() {
    check("\uFEFFایران", "ایران");
  }

  @Test
  void softHyphenIsRemoved() {
    check("Azer\u00ADbaijan", "azerbaijan");
  }

  @Test
  void controlCharactersBecomeSpace() {
    check("a\u0000b\u0007c\u001Bd\u007Fe\u0092f", "a b c d e f");
  }

  @Test
  void noncharactersAreRemoved() {
    check("a\uFFFEb\uFFFF", "ab");
  }

  @Test
  void loneSurrogatesStay() {
    check("a\uD800b\uDC00", "a\uD800b\uDC00");
  }

  // --- white space ---

  @Test
  void spaceRunsBecomeOneSpace() {
    check("a  \t\u00A0 \u200C b", "a b");
  }

  @Test
  void runHoldingLineBreakBecomesOneLineBreak() {
    check("a \n\n  \n b", "a\nb");
  }

  @Test
  void carriageReturnsAreLineBreaks() {
    check("a\r\nb\rc", "a\nb\nc");
  }

  @Test
  void unicodeLineSeparatorsAreLineBreaks() {
    check("a\u2028b\u2029c\u0085d", "a\nb\nc\nd");
  }

  @Test
  void leadingWhiteSpaceIsDropped() {
    check(" \n\t\u200C a", "a");
  }

  @Test
  void trailingSpacesAreDropped() {
    check("a \u200C\u00A0", "a");
  }

  @Test
  void whiteSpaceAloneBecomesEmpty() {
    check(" \n \t\u200C", "");
  }

  // --- digits ---

  @Test
  void persianDigits() {
    check("۰۱۲۳۴۵۶۷۸۹", "0123456789");
  }

  @Test
  void arabicIndicDigits() {
    check("٠١٢٣٤٥٦٧٨٩", "0123456789");
  }

  @Test
  void arabicDecimalAndThousandsSeparators() {
    check("۳٫۵", "3.5");
    check("۱٬۰۰۰", "1,000");
  }

  // --- punctuation ---

  @Test
  void persianComma() {
    check("ایران، روسیه", "ایران, روسیه");
  }

  @Test
  void persianSemicolon() {
    check("الف؛ ب", "الف; ب");
  }

  @Test
  void persianQuestionMark() {
    check("چرا؟", "چرا?");
  }

  @Test
  void guillemetsAndCurlyDoubleQuotes() {
    check("«ایران» “Iran” „x‟", "\"ایران\" \"iran\" \"x\"");
  }

  @Test
  void curlySingleQuotesAndModifierApostrophe() {
    check("‘Iran’s’ Iranʼs", "'iran's' iran's");
  }

  @Test
  void ellipsis() {
    check("صبر…", "صبر.");
  }

  @Test
  void hyphenBecomesSpace() {
    check("Nagorno-Karabakh", "nagorno karabakh");
    check("Russian-brokered", "russian brokered");
  }

  @Test
  void dashesAndMinusBecomeSpace() {
    check("a\u2010b\u2011c\u2012d\u2013e\u2014f\u2015g\u2212h", "a b c d e f g h");
  }

  @Test
  void spacedDashCollapsesToOneSpace() {
    check("سیاسی - دیپلماتیک", "سیاسی دیپلماتیک");
  }

  // --- letters ---

  @Test
  void lowerCase() {
    check("IRAN Russia", "iran russia");
  }

  @Test
  void latinDiacriticsAreRemoved() {
    check("Türkiye Élysée Curaçao", "turkiye elysee curacao");
  }

  @Test
  void decomposedLatinDiacriticsAreRemoved() {
    check("Tu\u0308rkiye E\u0301lyse\u0301e", "turkiye elysee");
  }

  @Test
  void latinExtendedAdditionalDiacriticsAreRemoved() {
    check("Việt Nam", "viet nam");
  }

  @Test
  void lettersThatLowerCaseToAccentedLettersLoseTheAccent() {
    check("\u212B", "a"); // ANGSTROM SIGN lower-cases to å
  }

  @Test
  void arabicPresentationForms() {
    // ایران written with isolated/initial/final forms
    check("\uFE8D\uFBFE\uFEAE\uFE8E\uFEE5", "ایران");
  }

  @Test
  void presentationFormsThenGoThroughTheRules() {
    // initial Arabic yeh and isolated Arabic kaf: NFKC gives ي and ك, which become ی and ک
    check("\uFEF3\uFED9", "یک");
  }

  @Test
  void fullWidthLatin() {
    check("ＩＲＡＮ ２０２０", "iran 2020");
  }

  @Test
  void mapReportsRemovedCharacters() {
    assertEquals(-1, TextNormalizer.map('\u200D'));
    assertEquals('ی', TextNormalizer.map('\u064A'));
  }
}
