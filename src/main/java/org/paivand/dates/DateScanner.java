package org.paivand.dates;

/**
 * A cursor over one folded date string (see {@link DateCharacters}): it reads numbers, words and single characters,
 * and can go back to a mark. It reuses one buffer, so scanning allocates nothing once the buffer has grown to the
 * longest value seen. Not thread-safe: one instance per parser.
 *
 * <ul>
 *   <li>a number is a run of ASCII digits; the scanner keeps its value and its count of digits, and the value of a
 *       number longer than {@link #MAX_LONG_VALUE_DIGITS} digits is not kept (no rule accepts one);
 *   <li>a word is a run of letters, Persian or Latin; after folding, words are separated by one space, by
 *       punctuation, or by a change between letters and digits ({@code 2020-10-06t12:30} reads {@code t} as a
 *       word).
 * </ul>
 */
final class DateScanner {
  static final int MAX_VALUE_DIGITS = 9;
  /** Epoch milliseconds have 13 digits; 18 cannot overflow a long. */
  static final int MAX_LONG_VALUE_DIGITS = 18;

  private char[] text = new char[64];
  private int length;
  private int position;

  private long number;
  private int digits;
  private int wordStart;
  private int wordEnd;

  /** Folds {@code raw} and puts the cursor at its start. */
  void reset(CharSequence raw) {
    if (text.length < raw.length()) {
      text = new char[Math.max(raw.length(), 2 * text.length)];
    }
    length = DateCharacters.fold(raw, text);
    position = 0;
  }

  boolean isEmpty() {
    return length == 0;
  }

  boolean atEnd() {
    return position == length;
  }

  int mark() {
    return position;
  }

  void backTo(int mark) {
    position = mark;
  }

  /** The next character, or 0 at the end. */
  char peek() {
    return position < length ? text[position] : 0;
  }

  void skip() {
    position++;
  }

  boolean accept(char expected) {
    if (position < length && text[position] == expected) {
      position++;
      return true;
    }
    return false;
  }

  boolean acceptSpace() {
    return accept(DateCharacters.SPACE);
  }

  /** Skips an optional comma with optional spaces around it. */
  void skipSpaceAndComma() {
    acceptSpace();
    if (accept(',')) {
      acceptSpace();
    }
  }

  boolean atDigit() {
    return position < length && isDigit(text[position]);
  }

  /** Reads a run of digits; then {@link #number()} and {@link #digits()} describe it. */
  boolean readNumber() {
    if (!atDigit()) {
      return false;
    }
    number = 0;
    digits = 0;
    while (position < length && isDigit(text[position])) {
      if (digits < MAX_LONG_VALUE_DIGITS) {
        number = number * 10 + (text[position] - '0');
      }
      digits++;
      position++;
    }
    return true;
  }

  /** The value of the last number read; meaningless if it had more than {@link #MAX_VALUE_DIGITS} digits. */
  int number() {
    return (int) number;
  }

  /** The value of the last number read; meaningless if it had more than {@link #MAX_LONG_VALUE_DIGITS} digits. */
  long longNumber() {
    return number;
  }

  int digits() {
    return digits;
  }

  /** Reads a run of letters; then the word helpers below look at it. */
  boolean readWord() {
    if (position >= length || !Character.isLetter(text[position])) {
      return false;
    }
    wordStart = position;
    while (position < length && Character.isLetter(text[position])) {
      position++;
    }
    wordEnd = position;
    return true;
  }

  /** Reads a word and keeps it if it is {@code expected}; otherwise leaves the cursor where it was. */
  boolean acceptWord(String expected) {
    int mark = position;
    if (readWord() && wordIs(expected)) {
      return true;
    }
    position = mark;
    return false;
  }

  boolean wordIs(String name) {
    return CalendarNames.equals(name, text, wordStart, wordEnd);
  }

  boolean wordIsOneOf(String[] names) {
    return CalendarNames.indexOf(names, text, wordStart, wordEnd) >= 0;
  }

  /** The month (1-12) the last word names in {@code table}, or 0. */
  int wordMonth(String[][] table) {
    return CalendarNames.month(table, text, wordStart, wordEnd);
  }

  /** Like {@link #wordMonth} for a word that ends with {@code suffix} ({@code مهرماه}), looking only before it. */
  int wordMonthBefore(String suffix, String[][] table) {
    int stemEnd = wordEnd - suffix.length();
    if (stemEnd <= wordStart || !CalendarNames.equals(suffix, text, stemEnd, wordEnd)) {
      return 0;
    }
    return CalendarNames.month(table, text, wordStart, stemEnd);
  }

  private static boolean isDigit(char character) {
    return character >= '0' && character <= '9';
  }
}
