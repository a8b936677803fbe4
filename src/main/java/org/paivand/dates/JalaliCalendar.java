package org.paivand.dates;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * Jalali (Solar Hijri) dates to epoch days and back, for the years {@link #FIRST_YEAR} to {@link #LAST_YEAR}: what the
 * date parser reads Jalali dates with and what the Jalali periods of time series ({@code series.Granularity}) are cut
 * with, so that both agree on leap years. Every figure
 * comes from ICU's {@link PersianCalendar}; nothing here does calendar arithmetic of its own. The epoch day of the
 * first day of each month is asked of ICU once and kept, so after warming up a conversion is two array reads, and
 * month lengths (29 or 30 days for Esfand, by ICU's leap-year rule) are differences of two such days.
 *
 * <p>Not thread-safe: one instance per parser.
 */
public final class JalaliCalendar {
  static final int FIRST_YEAR = 1200;
  static final int LAST_YEAR = 1499;
  static final int MONTHS_PER_YEAR = 12;

  /** The Julian day number of 1970-01-01, the day {@link java.time.LocalDate#toEpochDay()} counts from. */
  static final int JULIAN_DAY_OF_EPOCH = 2_440_588;

  /**
   * Julian day numbers of the first of each month, indexed by {@link #index}; 0 until asked. One more than the
   * months of the years served, because the length of Esfand of {@link #LAST_YEAR} needs Farvardin 1 of the next.
   */
  private final int[] firstJulianDayOfMonth = new int[(LAST_YEAR - FIRST_YEAR + 1) * MONTHS_PER_YEAR + 1];

  /** In GMT so that no default zone is involved; only day fields are read, and those do not depend on the zone. */
  private final PersianCalendar calendar = new PersianCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);

  /** The Jalali year of {@code day}. */
  public int year(java.time.LocalDate day) {
    at(day);
    return calendar.get(Calendar.EXTENDED_YEAR);
  }

  /** The Jalali month (1-12) of {@code day}. */
  public int month(java.time.LocalDate day) {
    at(day);
    return calendar.get(Calendar.MONTH) + 1;
  }

  /** The Gregorian day of Jalali {@code year/month/1}. */
  public java.time.LocalDate firstOfMonth(int year, int month) {
    return java.time.LocalDate.ofEpochDay(epochDay(year, month, 1));
  }

  private void at(java.time.LocalDate day) {
    calendar.clear();
    calendar.set(Calendar.JULIAN_DAY, Math.toIntExact(day.toEpochDay() + JULIAN_DAY_OF_EPOCH));
  }

  /** The number of days in {@code month} (1-12) of {@code year}. */
  int monthLength(int year, int month) {
    int index = index(year, month);
    return julianDayOfFirst(index + 1) - julianDayOfFirst(index);
  }

  /** The epoch day of {@code year/month/day}, which must be a valid day (see {@link #monthLength}). */
  long epochDay(int year, int month, int day) {
    return (long) julianDayOfFirst(index(year, month)) + day - 1 - JULIAN_DAY_OF_EPOCH;
  }

  private static int index(int year, int month) {
    if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > MONTHS_PER_YEAR) {
      throw new IllegalArgumentException(
          "Jalali " + year + "/" + month + " is outside the years " + FIRST_YEAR + "-" + LAST_YEAR + " served");
    }
    return (year - FIRST_YEAR) * MONTHS_PER_YEAR + month - 1;
  }

  private int julianDayOfFirst(int index) {
    int julianDay = firstJulianDayOfMonth[index];
    if (julianDay == 0) {
      calendar.clear();
      calendar.set(FIRST_YEAR + index / MONTHS_PER_YEAR, index % MONTHS_PER_YEAR, 1);
      julianDay = calendar.get(Calendar.JULIAN_DAY);
      firstJulianDayOfMonth[index] = julianDay;
    }
    return julianDay;
  }
}
