package org.paivand.dates;

/**
 * The grammar of the date part of an accepted value: reads the calendar, year, month and day from a {@link
 * DateScanner}, without checking that the day exists (that is {@link PublicationDateParser}'s job). What may follow
 * the date is {@link TimeReader}'s. The forms, where {@code _} is an optional space and {@code [..]} is optional:
 *
 * <pre>
 * value   = [weekday [,] _] date [time tail, see TimeReader]
 * date    = yyyy sep M sep d             sep is one of - / . and the same both times; M and d have 1-2 digits
 *         | yyyyMMdd                     basic ISO, 8 digits
 *         | seconds | millis             the whole value: Unix time, 10 digits in seconds or 13 in milliseconds
 *         | d _ month [_ ماه] [,] _ yyyy  month named in Persian (Jalali or Gregorian) or English
 *         | english-month [.] _ d [,] _ yyyy
 * </pre>
 *
 * <ul>
 *   <li>A weekday is skipped and not checked against the date: news sites get it wrong more often than the date.
 *   <li>A numeric date written day or month first with the year last ({@code 15/07/1399}, {@code 07/06/2020}) is
 *       rejected as ambiguous rather than guessed.
 *   <li>A month name decides the calendar of a textual date; a numeric date's calendar is decided later from its
 *       year ({@link CalendarSystem#BY_YEAR}).
 * </ul>
 *
 * <p>Not thread-safe: one instance per parser, reused for every value.
 */
final class DateReader {
  /** Which calendar the date is written in. */
  enum CalendarSystem {
    JALALI,
    GREGORIAN,
    /** A numeric date: the year decides, see {@link PublicationDateParser}. */
    BY_YEAR
  }

  static final int YEAR_DIGITS = 4;
  static final int BASIC_DATE_DIGITS = 8;
  /** Unix seconds have 10 digits from 2001-09-09 to 2286; earlier dates of this century would have 9. */
  static final int EPOCH_SECONDS_DIGITS = 10;
  static final int EPOCH_MILLIS_DIGITS = 13;
  static final int MAX_DAY_OR_MONTH_DIGITS = 2;

  static final DateParse UNRECOGNIZED =
      DateParse.invalid(DateRejection.INVALID_DATE, "unrecognized date format");
  static final DateParse AMBIGUOUS =
      DateParse.invalid(
          DateRejection.INVALID_DATE,
          "ambiguous day and month order; write the year first (yyyy/MM/dd)");

  CalendarSystem calendar;
  /** True when the value was a Unix time: then {@link #epochSecond} holds it and the other fields mean nothing. */
  boolean isEpoch;
  long epochSecond;
  int year;
  int month;
  int day;

  /** Reads a date; returns null when one was read, else {@link #UNRECOGNIZED} or {@link #AMBIGUOUS}. */
  DateParse read(DateScanner scanner) {
    isEpoch = false;
    skipWeekday(scanner);
    if (scanner.readNumber()) {
      int first = scanner.number();
      int firstDigits = scanner.digits();
      if ((firstDigits == EPOCH_SECONDS_DIGITS || firstDigits == EPOCH_MILLIS_DIGITS) && scanner.atEnd()) {
        isEpoch = true;
        epochSecond = firstDigits == EPOCH_SECONDS_DIGITS ? scanner.longNumber() : scanner.longNumber() / 1000;
        return null;
      }
      char next = scanner.peek();
      if (next == '-' || next == '/' || next == '.') {
        scanner.skip();
        return readNumericDate(scanner, first, firstDigits, next);
      }
      if (firstDigits == BASIC_DATE_DIGITS) {
        setNumericDate(first / 10_000, first / 100 % 100, first % 100);
        return null;
      }
      if (firstDigits <= MAX_DAY_OR_MONTH_DIGITS) {
        day = first;
        scanner.acceptSpace();
        return readMonthName(scanner) ? readYear(scanner) : UNRECOGNIZED;
      }
      return UNRECOGNIZED;
    }
    return readEnglishMonthFirst(scanner);
  }

  private static void skipWeekday(DateScanner scanner) {
    int mark = scanner.mark();
    boolean weekday = false;
    if (scanner.readWord()) {
      if (scanner.wordIsOneOf(CalendarNames.PERSIAN_WEEKDAYS)
          || scanner.wordIsOneOf(CalendarNames.ENGLISH_WEEKDAYS)) {
        weekday = true;
      } else if (scanner.wordIsOneOf(CalendarNames.PERSIAN_WEEKDAY_PREFIXES)) {
        weekday = scanner.acceptSpace() && scanner.acceptWord(CalendarNames.SATURDAY);
      }
    }
    if (weekday) {
      scanner.skipSpaceAndComma();
    } else {
      scanner.backTo(mark);
    }
  }

  /** After {@code first} and its separator: the rest of {@code 1399/07/15}, {@code 2020-10-06}, {@code 2020.10.06}. */
  private DateParse readNumericDate(DateScanner scanner, int first, int firstDigits, char separator) {
    if (!scanner.readNumber()) {
      return UNRECOGNIZED;
    }
    int second = scanner.number();
    int secondDigits = scanner.digits();
    if (!scanner.accept(separator) || !scanner.readNumber()) {
      return UNRECOGNIZED;
    }
    int third = scanner.number();
    int thirdDigits = scanner.digits();
    boolean shortMiddle = secondDigits <= MAX_DAY_OR_MONTH_DIGITS;
    if (firstDigits == YEAR_DIGITS && shortMiddle && thirdDigits <= MAX_DAY_OR_MONTH_DIGITS) {
      setNumericDate(first, second, third);
      return null;
    }
    if (thirdDigits == YEAR_DIGITS && shortMiddle && firstDigits <= MAX_DAY_OR_MONTH_DIGITS) {
      return AMBIGUOUS;
    }
    return UNRECOGNIZED;
  }

  private void setNumericDate(int year, int month, int day) {
    this.calendar = CalendarSystem.BY_YEAR;
    this.year = year;
    this.month = month;
    this.day = day;
  }

  /** A month name after the day: {@code مهر}, {@code مهر ماه}, {@code مهرماه}, {@code اکتبر}, {@code Oct.}. */
  private boolean readMonthName(DateScanner scanner) {
    if (!scanner.readWord()) {
      return false;
    }
    month = scanner.wordMonth(CalendarNames.JALALI_MONTHS);
    if (month > 0) {
      calendar = CalendarSystem.JALALI;
      int mark = scanner.mark();
      if (!(scanner.acceptSpace() && scanner.acceptWord(CalendarNames.MONTH_WORD))) {
        scanner.backTo(mark);
      }
      return true;
    }
    month = scanner.wordMonthBefore(CalendarNames.MONTH_WORD, CalendarNames.JALALI_MONTHS);
    if (month > 0) {
      calendar = CalendarSystem.JALALI;
      return true;
    }
    month = scanner.wordMonth(CalendarNames.GREGORIAN_MONTHS_PERSIAN);
    if (month > 0) {
      calendar = CalendarSystem.GREGORIAN;
      return true;
    }
    month = scanner.wordMonth(CalendarNames.GREGORIAN_MONTHS_ENGLISH);
    if (month > 0) {
      calendar = CalendarSystem.GREGORIAN;
      scanner.accept('.');
      return true;
    }
    return false;
  }

  /** {@code October 6, 2020}, {@code Oct. 6 2020}. */
  private DateParse readEnglishMonthFirst(DateScanner scanner) {
    if (!scanner.readWord()) {
      return UNRECOGNIZED;
    }
    month = scanner.wordMonth(CalendarNames.GREGORIAN_MONTHS_ENGLISH);
    if (month == 0) {
      return UNRECOGNIZED;
    }
    calendar = CalendarSystem.GREGORIAN;
    scanner.accept('.');
    scanner.acceptSpace();
    if (!scanner.readNumber() || scanner.digits() > MAX_DAY_OR_MONTH_DIGITS) {
      return UNRECOGNIZED;
    }
    day = scanner.number();
    return readYear(scanner);
  }

  /** The year after a month name or a day, with an optional comma before it. */
  private DateParse readYear(DateScanner scanner) {
    scanner.skipSpaceAndComma();
    if (!scanner.readNumber() || scanner.digits() != YEAR_DIGITS) {
      return UNRECOGNIZED;
    }
    year = scanner.number();
    return null;
  }
}
