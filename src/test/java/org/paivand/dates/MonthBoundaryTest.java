package org.paivand.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.paivand.dates.DateChecks.check;
import static org.paivand.dates.DateChecks.checkInvalid;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The last day of every month is accepted and the day after it is not. Jalali months 1-6 have 31 days, 7-11 have
 * 30, and Esfand 29 or 30 by ICU's leap-year rule (1399 and 1403 are leap, 1404 is not); Gregorian months follow
 * the proleptic Gregorian rules of {@code java.time}.
 */
class MonthBoundaryTest {
  private static final String INVALID = DateRejection.INVALID_DATE;
  private static final String[] JALALI_NAMES = CalendarNames.JALALI_MONTHS_IN_ENGLISH;

  @Test
  void everyJalaliMonthOf1404() {
    LocalDate nowruz = LocalDate.parse("2025-03-21");
    int daysBefore = 0;
    for (int month = 1; month <= 12; month++) {
      int length = month <= 6 ? 31 : month <= 11 ? 30 : 29;
      daysBefore += length;
      check(String.format("1404/%02d/%02d", month, length), nowruz.plusDays(daysBefore - 1L).toString());
      checkInvalid(
          String.format("1404/%02d/%02d", month, length + 1),
          INVALID,
          JALALI_NAMES[month - 1] + " 1404 has " + length + " days");
    }
    assertEquals(365, daysBefore);
  }

  @Test
  void esfand30Of1403IsALeapDay() {
    check("1403/12/30", "2025-03-20");
  }

  @Test
  void esfand30Of1404DoesNotExist() {
    checkInvalid("1404/12/30", INVALID, "Esfand 1404 has 29 days");
  }

  @Test
  void esfand30Of1399IsALeapDay() {
    check("30 اسفند 1399", "2021-03-20");
  }

  @Test
  void mehr31DoesNotExistInText() {
    checkInvalid("31 مهر 1404", INVALID, "Mehr 1404 has 30 days");
    check("31 شهریور 1404", "2025-09-22");
  }

  @Test
  void jalaliMonthThirteen() {
    checkInvalid("1404/13/01", INVALID, "month 13 does not exist in the Jalali calendar");
  }

  @Test
  void jalaliMonthZero() {
    checkInvalid("1404/00/10", INVALID, "month 0 does not exist in the Jalali calendar");
  }

  @Test
  void jalaliDayZero() {
    checkInvalid("1404/01/00", INVALID, "day 0 does not exist");
  }

  @Test
  void gregorianLeapDay() {
    check("2020-02-29", "2020-02-29");
    check("2000-02-29", "2000-02-29");
  }

  @Test
  void gregorianLeapDayOfACommonYear() {
    checkInvalid("2021-02-29", INVALID, "February 2021 has 28 days");
  }

  @Test
  void centuryYearsAreNotLeapUnlessDivisibleBy400() {
    checkInvalid("1900-02-29", INVALID, "February 1900 has 28 days");
    checkInvalid("2100-02-29", INVALID, "February 2100 has 28 days");
  }

  @Test
  void gregorianThirtyDayMonths() {
    check("2020-04-30", "2020-04-30");
    checkInvalid("2020-04-31", INVALID, "April 2020 has 30 days");
  }

  @Test
  void gregorianMonthThirteen() {
    checkInvalid("2020-13-01", INVALID, "month 13 does not exist in the Gregorian calendar");
  }

  @Test
  void basicDateWithImpossibleMonth() {
    checkInvalid("20201306", INVALID, "month 13 does not exist in the Gregorian calendar");
  }
}
