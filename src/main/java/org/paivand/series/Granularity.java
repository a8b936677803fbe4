package org.paivand.series;

import org.paivand.dates.JalaliCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The periods a time series is counted in. Labels use Latin digits and sort in time order within a granularity.
 *
 * <ul>
 *   <li>{@code day}: the day itself, label {@code 2020-10-11}.
 *   <li>{@code week}: ISO 8601 weeks, Monday to Sunday, label {@code 2020-W41} with the ISO week-based year (the
 *       week of 2020-12-31 is {@code 2020-W53}, that of 2021-01-03 too).
 *   <li>{@code month}: Gregorian months, label {@code 2020-10}.
 *   <li>{@code jalali_week}: Saturday to Friday, label {@code 1399-W30}: week 1 of Jalali year Y is the week holding
 *       1 Farvardin Y, so a week belongs to the Jalali year of its Friday; a year has 52 or 53 weeks.
 *   <li>{@code jalali_month}: Jalali (Solar Hijri) months by ICU's Persian calendar, label {@code 1399-07} (Mehr).
 * </ul>
 */
public enum Granularity {
  DAY("day"),
  WEEK("week"),
  MONTH("month"),
  JALALI_WEEK("jalali_week"),
  JALALI_MONTH("jalali_month");

  private static final int MONTHS_PER_YEAR = 12;
  private static final int DAYS_PER_WEEK = 7;

  private final String id;

  Granularity(String id) {
    this.id = id;
  }

  /** The name used in the {@code granularity} column and on the command line. */
  public String id() {
    return id;
  }

  /** The granularity named {@code id} ({@code month}, {@code jalali_week}, ...), or null when there is none. */
  public static Granularity byId(String id) {
    for (Granularity granularity : values()) {
      if (granularity.id.equals(id == null ? null : id.toLowerCase(Locale.ROOT))) {
        return granularity;
      }
    }
    return null;
  }

  /** The names of all granularities, for messages. */
  public static String ids() {
    return Arrays.stream(values()).map(Granularity::id).collect(Collectors.joining(", "));
  }

  /** The period holding {@code day}. {@code jalali} is used by the Jalali granularities only. */
  Period periodOf(LocalDate day, JalaliCalendar jalali) {
    return switch (this) {
      case DAY -> new Period(day, day.toString(), day.toEpochDay());
      case WEEK -> {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String label = String.format(Locale.ROOT, "%04d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
            monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        yield new Period(monday, label, Math.floorDiv(monday.toEpochDay(), DAYS_PER_WEEK));
      }
      case MONTH -> new Period(day.withDayOfMonth(1), String.format(Locale.ROOT, "%04d-%02d", day.getYear(),
          day.getMonthValue()), (long) day.getYear() * MONTHS_PER_YEAR + day.getMonthValue() - 1);
      case JALALI_WEEK -> {
        LocalDate saturday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        int year = jalali.year(saturday.plusDays(DAYS_PER_WEEK - 1));
        LocalDate firstSaturday = jalali.firstOfMonth(year, 1)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        long week = (saturday.toEpochDay() - firstSaturday.toEpochDay()) / DAYS_PER_WEEK + 1;
        yield new Period(saturday, String.format(Locale.ROOT, "%04d-W%02d", year, week),
            Math.floorDiv(saturday.toEpochDay(), DAYS_PER_WEEK));
      }
      case JALALI_MONTH -> {
        int year = jalali.year(day);
        int month = jalali.month(day);
        yield new Period(jalali.firstOfMonth(year, month), String.format(Locale.ROOT, "%04d-%02d", year, month),
            (long) year * MONTHS_PER_YEAR + month - 1);
      }
    };
  }

  /** The period holding {@code day}; for many days use {@link PeriodCalendar}, which reuses one ICU calendar. */
  public Period periodOf(LocalDate day) {
    return periodOf(day, new JalaliCalendar());
  }
}
