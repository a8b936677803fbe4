package org.paivand.dates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.time.zone.ZoneRules;
import java.util.Locale;
import java.util.Objects;

/**
 * Turns the value of an article's date column into its publication date in one zone. Used once per article inside
 * the Spark jobs, so it is a hand-written scanner with no regular expressions, and it allocates little beyond the
 * result. Not thread-safe: make one per thread or partition.
 *
 * <p>The rules, in the order they apply (the formats themselves are listed in {@link DateReader} and {@link
 * TimeReader}, the character folding in {@link DateCharacters}):
 *
 * <ol>
 *   <li>null, empty or only spaces: {@link DateRejection#MISSING_DATE};
 *   <li>not in an accepted format, or ambiguous: {@link DateRejection#INVALID_DATE}, "unrecognized date format";
 *   <li>the calendar of a numeric date comes from its 4-digit year: {@value #FIRST_JALALI_YEAR}-{@value
 *       #LAST_JALALI_YEAR} is Jalali (Solar Hijri), {@value #FIRST_GREGORIAN_YEAR} and later Gregorian, any other
 *       year fits neither and is invalid; a month name decides the calendar of a textual date, and its year must be
 *       in that calendar's range;
 *   <li>a month or day that does not exist ({@code 1404/13/01}, {@code 31 مهر 1404}, {@code 2021-02-29}, {@code
 *       1404/12/30}) is invalid; Jalali month lengths come from ICU ({@link JalaliCalendar}), Gregorian ones from
 *       {@code java.time};
 *   <li>an impossible time or offset ({@code 25:00}, {@code +19:00}) is invalid;
 *   <li>with a zone ({@code Z}, {@code GMT}, {@code +03:30}) the instant is moved to the parser's zone and its date
 *       taken; without one the date is taken as written, since it is already local to the zone;
 *   <li>a date before {@link #FIRST_ACCEPTED_DATE} or after {@link #LAST_ACCEPTED_DATE}: {@link
 *       DateRejection#DATE_OUT_OF_RANGE}.
 * </ol>
 *
 * <p>Examples (zone UTC): {@code 1399/07/15}, {@code ۱۵ مهرماه ۱۳۹۹}, {@code 2020-10-06}, {@code 20201006} and {@code
 * Tue, 06 Oct 2020 10:00:00 GMT} all give 2020-10-06; {@code 2020-10-06T23:30:00-04:00} gives 2020-10-07.
 */
public final class PublicationDateParser {
  public static final int FIRST_JALALI_YEAR = JalaliCalendar.FIRST_YEAR;
  public static final int LAST_JALALI_YEAR = JalaliCalendar.LAST_YEAR;
  public static final int FIRST_GREGORIAN_YEAR = 1800;
  public static final LocalDate FIRST_ACCEPTED_DATE = LocalDate.of(1900, 1, 1);
  public static final LocalDate LAST_ACCEPTED_DATE = LocalDate.of(2100, 12, 31);

  static final int MONTHS_PER_YEAR = 12;
  static final int HOURS_PER_DAY = 24;
  static final int HOURS_ON_A_12_HOUR_CLOCK = 12;
  static final int MINUTES_PER_HOUR = 60;
  static final int SECONDS_PER_MINUTE = 60;
  static final int SECONDS_PER_HOUR = 3600;
  static final int SECONDS_PER_DAY = 86_400;
  static final int MICROS_PER_SECOND = 1_000_000;
  /** The largest offset {@link java.time.ZoneOffset} allows. */
  static final int MAX_OFFSET_HOURS = 18;

  static final DateParse NULL_DATE = DateParse.invalid(DateRejection.MISSING_DATE, "no date");
  static final DateParse EMPTY_DATE = DateParse.invalid(DateRejection.MISSING_DATE, "the date is empty");

  private static final long FIRST_EPOCH_DAY = FIRST_ACCEPTED_DATE.toEpochDay();
  private static final long LAST_EPOCH_DAY = LAST_ACCEPTED_DATE.toEpochDay();

  private final ZoneId zone;
  private final ZoneRules rules;
  /** The zone's offset when it never changes (UTC, +03:30), so that most conversions skip the rules. */
  private final boolean fixedOffset;
  private final int fixedOffsetSeconds;
  private final DateScanner scanner = new DateScanner();
  private final DateReader date = new DateReader();
  private final TimeReader time = new TimeReader();
  private final JalaliCalendar jalali = new JalaliCalendar();

  public PublicationDateParser(ZoneId zone) {
    this.zone = Objects.requireNonNull(zone, "zone");
    this.rules = zone.getRules();
    this.fixedOffset = rules.isFixedOffset();
    this.fixedOffsetSeconds = rules.getOffset(Instant.EPOCH).getTotalSeconds();
  }

  public ZoneId zone() {
    return zone;
  }

  /** Parses a string value of the date column. */
  public DateParse parse(CharSequence raw) {
    if (raw == null) {
      return NULL_DATE;
    }
    scanner.reset(raw);
    if (scanner.isEmpty()) {
      return EMPTY_DATE;
    }
    DateParse rejection = date.read(scanner);
    if (rejection == null) {
      rejection = time.read(scanner);
    }
    if (rejection == null && !scanner.atEnd()) {
      rejection = DateReader.UNRECOGNIZED;
    }
    return rejection != null ? rejection : resolve();
  }

  /** The date in this parser's zone of an instant in microseconds since 1970-01-01T00:00Z (Spark's TimestampType). */
  public DateParse fromEpochMicros(long micros) {
    return inRange(epochDayInZone(Math.floorDiv(micros, MICROS_PER_SECOND)));
  }

  /** A date that is already a date (Spark's DateType): only the range is checked. */
  public DateParse fromLocalDate(LocalDate localDate) {
    return localDate == null ? NULL_DATE : inRange(localDate.toEpochDay());
  }

  private DateParse resolve() {
    if (date.isEpoch) {
      return inRange(epochDayInZone(date.epochSecond));
    }
    DateReader.CalendarSystem calendar = calendarOfYear(date.year);
    if (calendar == null) {
      return invalid(
          "year " + date.year + " fits neither calendar: Jalali years are " + FIRST_JALALI_YEAR + "-"
              + LAST_JALALI_YEAR + ", Gregorian years " + FIRST_GREGORIAN_YEAR + " and later");
    }
    if (date.calendar != DateReader.CalendarSystem.BY_YEAR && date.calendar != calendar) {
      return invalid(
          date.calendar == DateReader.CalendarSystem.JALALI
              ? "year " + date.year + " is outside the Jalali years " + FIRST_JALALI_YEAR + "-" + LAST_JALALI_YEAR
              : "year " + date.year + " is outside the Gregorian years " + FIRST_GREGORIAN_YEAR + " and later");
    }
    if (date.month < 1 || date.month > MONTHS_PER_YEAR) {
      return invalid("month " + date.month + " does not exist in the " + calendarName(calendar) + " calendar");
    }
    if (date.day < 1) {
      return invalid("day " + date.day + " does not exist");
    }
    boolean isJalali = calendar == DateReader.CalendarSystem.JALALI;
    int monthLength =
        isJalali
            ? jalali.monthLength(date.year, date.month)
            : Month.of(date.month).length(Year.isLeap(date.year));
    if (date.day > monthLength) {
      return invalid(monthName(isJalali, date.month) + " " + date.year + " has " + monthLength + " days");
    }
    long epochDay =
        isJalali
            ? jalali.epochDay(date.year, date.month, date.day)
            : LocalDate.of(date.year, date.month, date.day).toEpochDay();
    if (!time.hasTime) {
      return inRange(epochDay);
    }
    DateParse timeRejection = checkTime();
    if (timeRejection != null) {
      return timeRejection;
    }
    if (!time.hasOffset) {
      return inRange(epochDay);
    }
    int offsetSeconds = time.offsetHours * SECONDS_PER_HOUR + time.offsetMinutes * SECONDS_PER_MINUTE;
    if (time.negativeOffset) {
      offsetSeconds = -offsetSeconds;
    }
    long epochSecond = epochDay * SECONDS_PER_DAY + secondOfDay() - offsetSeconds;
    return inRange(epochDayInZone(epochSecond));
  }

  private static DateReader.CalendarSystem calendarOfYear(int year) {
    if (year >= FIRST_JALALI_YEAR && year <= LAST_JALALI_YEAR) {
      return DateReader.CalendarSystem.JALALI;
    }
    return year >= FIRST_GREGORIAN_YEAR ? DateReader.CalendarSystem.GREGORIAN : null;
  }

  private static String calendarName(DateReader.CalendarSystem calendar) {
    return calendar == DateReader.CalendarSystem.JALALI ? "Jalali" : "Gregorian";
  }

  private static String monthName(boolean isJalali, int month) {
    return isJalali
        ? CalendarNames.JALALI_MONTHS_IN_ENGLISH[month - 1]
        : Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  /** Checks the time fields and turns a 12-hour clock into a 24-hour one; null when they are fine. */
  private DateParse checkTime() {
    if (time.hasMeridiem) {
      if (time.hour < 1 || time.hour > HOURS_ON_A_12_HOUR_CLOCK) {
        return invalid("hour " + time.hour + " does not exist on a 12-hour clock");
      }
      time.hour = time.hour % HOURS_ON_A_12_HOUR_CLOCK + (time.postMeridiem ? HOURS_ON_A_12_HOUR_CLOCK : 0);
    }
    if (time.hour >= HOURS_PER_DAY) {
      return invalid("hour " + time.hour + " does not exist");
    }
    if (time.minute >= MINUTES_PER_HOUR) {
      return invalid("minute " + time.minute + " does not exist");
    }
    if (time.second >= SECONDS_PER_MINUTE) {
      return invalid("second " + time.second + " does not exist");
    }
    if (time.hasOffset
        && (time.offsetMinutes >= MINUTES_PER_HOUR
            || time.offsetHours > MAX_OFFSET_HOURS
            || (time.offsetHours == MAX_OFFSET_HOURS && time.offsetMinutes > 0))) {
      return invalid(
          String.format(
              Locale.ROOT,
              "offset %s%02d:%02d is not between -18:00 and +18:00",
              time.negativeOffset ? "-" : "+",
              time.offsetHours,
              time.offsetMinutes));
    }
    return null;
  }

  private int secondOfDay() {
    return time.hour * SECONDS_PER_HOUR + time.minute * SECONDS_PER_MINUTE + time.second;
  }

  private long epochDayInZone(long epochSecond) {
    int offsetSeconds =
        fixedOffset
            ? fixedOffsetSeconds
            : rules.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
    return Math.floorDiv(epochSecond + offsetSeconds, SECONDS_PER_DAY);
  }

  private static DateParse inRange(long epochDay) {
    if (epochDay < FIRST_EPOCH_DAY) {
      return DateParse.invalid(
          DateRejection.DATE_OUT_OF_RANGE,
          LocalDate.ofEpochDay(epochDay) + " is before " + FIRST_ACCEPTED_DATE + ", the first accepted date");
    }
    if (epochDay > LAST_EPOCH_DAY) {
      return DateParse.invalid(
          DateRejection.DATE_OUT_OF_RANGE,
          LocalDate.ofEpochDay(epochDay) + " is after " + LAST_ACCEPTED_DATE + ", the last accepted date");
    }
    return DateParse.valid(LocalDate.ofEpochDay(epochDay));
  }

  private static DateParse invalid(String detail) {
    return DateParse.invalid(DateRejection.INVALID_DATE, detail);
  }
}
