package org.paivand.dates;

/**
 * Folds a raw date string into the small alphabet that {@link DateScanner} reads, in one pass and without
 * allocating. The folding rules, applied to each character:
 *
 * <ul>
 *   <li>Persian digits {@code ۰-۹} (U+06F0-U+06F9) and Arabic-Indic digits {@code ٠-٩} (U+0660-U+0669) become ASCII
 *       {@code 0-9};
 *   <li>Arabic yeh {@code ي} (U+064A) and alef maksura {@code ى} (U+0649) become Persian yeh {@code ی} (U+06CC);
 *       Arabic kaf {@code ك} (U+0643) becomes keheh {@code ک} (U+06A9);
 *   <li>tatweel {@code ـ} (U+0640) is dropped, so {@code مـهر} reads as {@code مهر};
 *   <li>zero-width non-joiner (U+200C), no-break space (U+00A0) and every other Unicode space or whitespace become a
 *       space; other invisible format characters (right-to-left and left-to-right marks, byte order mark) are
 *       dropped;
 *   <li>runs of spaces become one space, and leading and trailing spaces are dropped;
 *   <li>the Arabic comma {@code ،} (U+060C) becomes {@code ,}; en dash, em dash and minus sign become {@code -};
 *   <li>ASCII capitals become lower case, so English names and the ISO letters {@code T} and {@code Z} match in any
 *       case.
 * </ul>
 *
 * <p>Example: {@code "[RLM]سه[ZWNJ]شنبه ۱۵ مهرماه ۱۳۹۹ "} (with a right-to-left mark and a zero-width non-joiner
 * where the brackets are) folds to {@code "سه شنبه 15 مهرماه 1399"}.
 */
final class DateCharacters {
  static final char PERSIAN_DIGIT_ZERO = '\u06F0';
  static final char PERSIAN_DIGIT_NINE = '\u06F9';
  static final char ARABIC_INDIC_DIGIT_ZERO = '\u0660';
  static final char ARABIC_INDIC_DIGIT_NINE = '\u0669';
  static final char ARABIC_YEH = '\u064A';
  static final char ALEF_MAKSURA = '\u0649';
  static final char PERSIAN_YEH = '\u06CC';
  static final char ARABIC_KAF = '\u0643';
  static final char KEHEH = '\u06A9';
  static final char TATWEEL = '\u0640';
  static final char ZERO_WIDTH_NON_JOINER = '\u200C';
  static final char NO_BREAK_SPACE = '\u00A0';
  static final char ARABIC_COMMA = '\u060C';
  static final char EN_DASH = '\u2013';
  static final char EM_DASH = '\u2014';
  static final char MINUS_SIGN = '\u2212';

  /** What the folded text uses between words; there is never more than one in a row. */
  static final char SPACE = ' ';

  /** Marks a character that folding drops. */
  private static final char DROPPED = '\uFFFF';

  private DateCharacters() {}

  /**
   * Writes the folded form of {@code raw} into {@code buffer} and returns its length. Folding never makes text
   * longer, so a buffer of {@code raw.length()} characters is enough.
   */
  static int fold(CharSequence raw, char[] buffer) {
    int length = 0;
    boolean pendingSpace = false;
    for (int index = 0; index < raw.length(); index++) {
      char folded = fold(raw.charAt(index));
      if (folded == DROPPED) {
        continue;
      }
      if (folded == SPACE) {
        pendingSpace = length > 0;
        continue;
      }
      if (pendingSpace) {
        buffer[length++] = SPACE;
        pendingSpace = false;
      }
      buffer[length++] = folded;
    }
    return length;
  }

  /** The folded form of one character: a replacement, {@link #SPACE}, or {@link #DROPPED}. */
  static char fold(char character) {
    if (character >= PERSIAN_DIGIT_ZERO && character <= PERSIAN_DIGIT_NINE) {
      return (char) ('0' + (character - PERSIAN_DIGIT_ZERO));
    }
    if (character >= ARABIC_INDIC_DIGIT_ZERO && character <= ARABIC_INDIC_DIGIT_NINE) {
      return (char) ('0' + (character - ARABIC_INDIC_DIGIT_ZERO));
    }
    if (character >= 'A' && character <= 'Z') {
      return (char) (character + ('a' - 'A'));
    }
    switch (character) {
      case ARABIC_YEH:
      case ALEF_MAKSURA:
        return PERSIAN_YEH;
      case ARABIC_KAF:
        return KEHEH;
      case TATWEEL:
        return DROPPED;
      case ZERO_WIDTH_NON_JOINER:
      case NO_BREAK_SPACE:
        return SPACE;
      case ARABIC_COMMA:
        return ',';
      case EN_DASH:
      case EM_DASH:
      case MINUS_SIGN:
        return '-';
      default:
        break;
    }
    if (Character.isWhitespace(character) || Character.isSpaceChar(character)) {
      return SPACE;
    }
    if (Character.getType(character) == Character.FORMAT) {
      return DROPPED;
    }
    return character;
  }
}
