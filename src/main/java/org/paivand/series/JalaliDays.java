package org.paivand.series;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;

/**
 * Gregorian days to Jalali year and month and back, every figure asked of ICU's {@link PersianCalendar} (the
 * calendar {@code org.paivand.dates} parses Jalali dates with), so periods and parsed dates agree on leap years.
 *
 * <p>Not thread-safe: one instance per caller.
 */
final class JalaliDays {
  /** The Julian day number of 1970-01-01, the day {@link LocalDate#toEpochDay()} counts from. */
  private static final int JULIAN_DAY_OF_EPOCH = 2_440_588;

  /** In GMT so that no default zone is involved; only day fields are read, and those do not depend on the zone. */
  private final PersianCalendar calendar = new PersianCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);

  /** The Jalali year of {@code day}. */
  int year(LocalDate day) {
    at(day);
    return calendar.get(Calendar.EXTENDED_YEAR);
  }

  /** The Jalali month (1-12) of {@code day}. */
  int month(LocalDate day) {
    at(day);
    return calendar.get(Calendar.MONTH) + 1;
  }

  /** The Gregorian day of Jalali {@code year/month/1}. */
  LocalDate firstOfMonth(int year, int month) {
    calendar.clear();
    calendar.set(Calendar.EXTENDED_YEAR, year);
    calendar.set(Calendar.MONTH, month - 1);
    calendar.set(Calendar.DAY_OF_MONTH, 1);
    return LocalDate.ofEpochDay(calendar.get(Calendar.JULIAN_DAY) - JULIAN_DAY_OF_EPOCH);
  }

  private void at(LocalDate day) {
    calendar.clear();
    calendar.set(Calendar.JULIAN_DAY, Math.toIntExact(day.toEpochDay() + JULIAN_DAY_OF_EPOCH));
  }
}
