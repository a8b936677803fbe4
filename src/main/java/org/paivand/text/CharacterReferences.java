package org.paivand.text;

/**
 * HTML character references, as {@link TextNormalizer}'s markup path reads them: named ({@code &amp;}, one of
 * {@link #NAMES}), decimal ({@code &#1575;}) and hexadecimal ({@code &#x627;}). A reference ends with {@code ;} at
 * most {@link #LONGEST_NAME} characters after its {@code &}; a name outside the list, a missing {@code ;}, no digits,
 * or a number that is no character (a surrogate, above U+10FFFF) make it no reference, and the text stays as written.
 *
 * <p>{@link #read} returns the character and where the reference ends packed into one {@code long}, so that reading
 * one allocates nothing.
 */
final class CharacterReferences {
  /** Returned by {@link #read} where no reference starts. */
  static final long NONE = -1;

  /** The longest name or number read after the {@code &}; longer runs are not references. */
  static final int LONGEST_NAME = 32;

  static final char AMPERSAND = '&';
  static final char NUMBER_SIGN = '#';
  static final char SEMICOLON = ';';

  /** Named references and the characters they name (HTML's values); names are case-sensitive, as in HTML. */
  static final String[] NAMES = {
    "amp", "lt", "gt", "quot", "apos", "nbsp", "zwnj", "zwj", "lrm", "rlm", "shy", "hellip", "laquo", "raquo",
    "mdash", "ndash", "lsquo", "rsquo", "ldquo", "rdquo", "sbquo", "bdquo", "thinsp", "ensp", "emsp", "bull",
    "middot", "copy",
  };

  static final char[] NAMED_CHARACTERS = {
    '&', '<', '>', '"', '\'', '\u00A0', '\u200C', '\u200D', '\u200E', '\u200F', '\u00AD', '\u2026', '\u00AB',
    '\u00BB', '\u2014', '\u2013', '\u2018', '\u2019', '\u201C', '\u201D', '\u201A', '\u201E', '\u2009', '\u2002',
    '\u2003', '\u2022', '\u00B7', '\u00A9',
  };

  private static final int DECIMAL = 10;
  private static final int HEXADECIMAL = 16;

  private CharacterReferences() {}

  /**
   * Reads the reference whose {@code &} stands just before {@code from} (the {@code &} itself may be in {@code text}
   * or may have come from an earlier reference, as in {@code &amp;lt;}); {@link #NONE} if there is none.
   */
  static long read(CharSequence text, int from) {
    int limit = Math.min(text.length(), from + LONGEST_NAME + 1);
    if (from >= limit) {
      return NONE;
    }
    return text.charAt(from) == NUMBER_SIGN ? readNumber(text, from + 1, limit) : readName(text, from, limit);
  }

  /** The character a reference read by {@link #read} names, a code point that may lie outside the BMP. */
  static int codePoint(long reference) {
    return (int) (reference >>> Integer.SIZE);
  }

  /** The index just after the reference's {@code ;}. */
  static int end(long reference) {
    return (int) reference;
  }

  private static long readNumber(CharSequence text, int from, int limit) {
    int radix = DECIMAL;
    int i = from;
    if (i < limit && (text.charAt(i) == 'x' || text.charAt(i) == 'X')) {
      radix = HEXADECIMAL;
      i++;
    }
    int digitsStart = i;
    int value = 0;
    while (i < limit) {
      int digit = asciiDigit(text.charAt(i), radix);
      if (digit < 0) {
        break;
      }
      value = Math.min(value * radix + digit, Character.MAX_CODE_POINT + 1);
      i++;
    }
    if (i == digitsStart || i == limit || text.charAt(i) != SEMICOLON) {
      return NONE;
    }
    if (value > Character.MAX_CODE_POINT || (value >= Character.MIN_SURROGATE && value <= Character.MAX_SURROGATE)) {
      return NONE;
    }
    return pack(value, i + 1);
  }

  private static long readName(CharSequence text, int from, int limit) {
    int i = from;
    while (i < limit && isAsciiLetterOrDigit(text.charAt(i))) {
      i++;
    }
    if (i == from || i == limit || text.charAt(i) != SEMICOLON) {
      return NONE;
    }
    for (int n = 0; n < NAMES.length; n++) {
      if (regionEquals(text, from, i, NAMES[n])) {
        return pack(NAMED_CHARACTERS[n], i + 1);
      }
    }
    return NONE;
  }

  /** The value of an ASCII digit ({@code 0-9}, and {@code a-f A-F} in hexadecimal), or -1: no Persian digits. */
  private static int asciiDigit(char c, int radix) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (radix == HEXADECIMAL && (c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
      return Character.toLowerCase(c) - 'a' + DECIMAL;
    }
    return -1;
  }

  static boolean isAsciiLetterOrDigit(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  private static boolean regionEquals(CharSequence text, int from, int to, String name) {
    if (to - from != name.length()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      if (text.charAt(from + i) != name.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static long pack(int codePoint, int end) {
    return (long) codePoint << Integer.SIZE | end;
  }
}
