package org.paivand.dates;

/**
 * The grammar of what may follow a date: a time of day with an optional zone. The time only matters when a zone is
 * given, because then the instant is moved to the parser's zone and its date may change; {@link
 * PublicationDateParser} checks the values. The forms, where {@code _} is an optional space and {@code [..]} is
 * optional:
 *
 * <pre>
 * tail    = (t | [,] _ [- _] [ساعت _ | at _]) time
 * time    = H:mm[:ss[.fraction]] [_ am|pm] [_ zone]
 * zone    = z | (gmt | utc | ut) [offset] | offset
 * offset  = (+|-) hh[[:]mm]
 * </pre>
 *
 * <p>Examples: {@code T12:34:56.789Z}, {@code  12:34 +0330}, {@code  - 12:30}, {@code ، ساعت 12:30}, {@code
 * 10:00:00 GMT}, {@code  at 10:00 pm}. A zone written as a name other than UTC ({@code IRST}, {@code EST}) is not
 * guessed at: the value is rejected as unrecognized.
 *
 * <p>Not thread-safe: one instance per parser, reused for every value.
 */
final class TimeReader {
  static final int MAX_HOUR_DIGITS = 2;
  static final int TWO_DIGITS = 2;
  static final int FOUR_DIGITS = 4;

  static final String TIME_DESIGNATOR = "t";
  static final String HOUR_WORD = "ساعت";
  static final String AT_WORD = "at";
  static final String ANTE_MERIDIEM = "am";
  static final String POST_MERIDIEM = "pm";
  static final String ZULU = "z";
  static final String[] UNIVERSAL_TIME_NAMES = {"gmt", "utc", "ut"};

  boolean hasTime;
  int hour;
  int minute;
  int second;
  boolean hasMeridiem;
  boolean postMeridiem;

  boolean hasOffset;
  boolean negativeOffset;
  int offsetHours;
  int offsetMinutes;

  /** Reads an optional time tail; returns null when there is none or it was read, else an unrecognized rejection. */
  DateParse read(DateScanner scanner) {
    hasTime = false;
    hasMeridiem = false;
    hasOffset = false;
    if (scanner.atEnd()) {
      return null;
    }
    if (!scanner.acceptWord(TIME_DESIGNATOR)) {
      scanner.skipSpaceAndComma();
      if (scanner.accept('-')) {
        scanner.acceptSpace();
      }
      if (scanner.acceptWord(HOUR_WORD) || scanner.acceptWord(AT_WORD)) {
        scanner.acceptSpace();
      }
    }
    return readTime(scanner);
  }

  private DateParse readTime(DateScanner scanner) {
    if (!scanner.readNumber() || scanner.digits() > MAX_HOUR_DIGITS) {
      return DateReader.UNRECOGNIZED;
    }
    hour = scanner.number();
    if (!scanner.accept(':') || !readTwoDigits(scanner)) {
      return DateReader.UNRECOGNIZED;
    }
    minute = scanner.number();
    second = 0;
    if (scanner.accept(':')) {
      if (!readTwoDigits(scanner)) {
        return DateReader.UNRECOGNIZED;
      }
      second = scanner.number();
      if (scanner.accept('.') && !scanner.readNumber()) {
        return DateReader.UNRECOGNIZED;
      }
    }
    hasTime = true;
    readMeridiem(scanner);
    return readZone(scanner);
  }

  private void readMeridiem(DateScanner scanner) {
    int mark = scanner.mark();
    scanner.acceptSpace();
    if (scanner.readWord() && (scanner.wordIs(ANTE_MERIDIEM) || scanner.wordIs(POST_MERIDIEM))) {
      hasMeridiem = true;
      postMeridiem = scanner.wordIs(POST_MERIDIEM);
    } else {
      scanner.backTo(mark);
    }
  }

  private DateParse readZone(DateScanner scanner) {
    int mark = scanner.mark();
    scanner.acceptSpace();
    if (scanner.readWord()) {
      if (scanner.wordIs(ZULU)) {
        setUniversalTime();
        return null;
      }
      if (scanner.wordIsOneOf(UNIVERSAL_TIME_NAMES)) {
        setUniversalTime();
        return atSign(scanner) ? readOffset(scanner) : null;
      }
      return DateReader.UNRECOGNIZED;
    }
    if (atSign(scanner)) {
      return readOffset(scanner);
    }
    scanner.backTo(mark);
    return null;
  }

  private void setUniversalTime() {
    hasOffset = true;
    negativeOffset = false;
    offsetHours = 0;
    offsetMinutes = 0;
  }

  private static boolean atSign(DateScanner scanner) {
    return scanner.peek() == '+' || scanner.peek() == '-';
  }

  /** {@code +03:30}, {@code +0330}, {@code +03}, {@code -04:00}. */
  private DateParse readOffset(DateScanner scanner) {
    hasOffset = true;
    negativeOffset = scanner.peek() == '-';
    scanner.skip();
    if (!scanner.readNumber()) {
      return DateReader.UNRECOGNIZED;
    }
    if (scanner.digits() == FOUR_DIGITS) {
      offsetHours = scanner.number() / 100;
      offsetMinutes = scanner.number() % 100;
      return null;
    }
    if (scanner.digits() != TWO_DIGITS) {
      return DateReader.UNRECOGNIZED;
    }
    offsetHours = scanner.number();
    offsetMinutes = 0;
    if (scanner.accept(':')) {
      if (!readTwoDigits(scanner)) {
        return DateReader.UNRECOGNIZED;
      }
      offsetMinutes = scanner.number();
    }
    return null;
  }

  private static boolean readTwoDigits(DateScanner scanner) {
    return scanner.readNumber() && scanner.digits() == TWO_DIGITS;
  }
}
