package org.paivand.dates;

import static org.paivand.dates.DateChecks.check;
import static org.paivand.dates.DateChecks.checkInvalid;

import org.junit.jupiter.api.Test;

/** Numeric dates, where the 4-digit year decides the calendar: 1200-1499 Jalali, 1800 and later Gregorian. */
class NumericDateTest {
  private static final String INVALID = DateRejection.INVALID_DATE;

  @Test
  void isoGregorian() {
    check("2020-10-06", "2020-10-06");
  }

  @Test
  void slashGregorian() {
    check("2020/10/06", "2020-10-06");
  }

  @Test
  void dotGregorian() {
    check("2020.10.06", "2020-10-06");
  }

  @Test
  void basicIsoGregorianFromTheAbcHeadlines() {
    check("20030219", "2003-02-19");
  }

  @Test
  void slashJalali() {
    check("1399/07/15", "2020-10-06");
  }

  @Test
  void dashJalali() {
    check("1399-07-15", "2020-10-06");
  }

  @Test
  void dotJalali() {
    check("1399.07.15", "2020-10-06");
  }

  @Test
  void basicJalali() {
    check("13990715", "2020-10-06");
  }

  @Test
  void oneDigitMonthAndDay() {
    check("1399/7/15", "2020-10-06");
    check("2020-1-5", "2020-01-05");
  }

  @Test
  void persianDigits() {
    check("۱۳۹۹/۰۷/۱۵", "2020-10-06");
  }

  @Test
  void arabicIndicDigits() {
    check("١٣٩٩/٠٧/١٥", "2020-10-06");
  }

  @Test
  void mixedDigitsAndSurroundingSpaces() {
    check("  ۱۳۹۹/07/١٥\u200F ", "2020-10-06");
  }

  @Test
  void fromTheFarsIds() {
    check("13911222", "2013-03-12");
    check("1387/07/06", "2008-09-27");
  }

  @Test
  void lastJalaliYearAndFirstGregorianYearBoundaries() {
    check("1479/10/10", "2100-12-31");
    checkInvalid("1500/01/01", INVALID,
        "year 1500 fits neither calendar: Jalali years are 1200-1499, Gregorian years 1800 and later");
    checkInvalid("1799-12-31", INVALID,
        "year 1799 fits neither calendar: Jalali years are 1200-1499, Gregorian years 1800 and later");
    checkInvalid("1199/12/29", INVALID,
        "year 1199 fits neither calendar: Jalali years are 1200-1499, Gregorian years 1800 and later");
  }

  @Test
  void mixedSeparatorsAreUnrecognized() {
    checkInvalid("2020-10/06", INVALID, "unrecognized date format");
  }

  @Test
  void dayFirstIsAmbiguous() {
    checkInvalid("15/07/1399", INVALID, "ambiguous day and month order; write the year first (yyyy/MM/dd)");
  }

  @Test
  void monthFirstIsAmbiguous() {
    checkInvalid("07/06/2020", INVALID, "ambiguous day and month order; write the year first (yyyy/MM/dd)");
    checkInvalid("6.10.2020", INVALID, "ambiguous day and month order; write the year first (yyyy/MM/dd)");
  }

  @Test
  void twoDigitYearsAreUnrecognized() {
    checkInvalid("99/07/15", INVALID, "unrecognized date format");
  }

  @Test
  void anOldFarsIdIsReadAsUnixTimeAndFallsOutOfRange() {
    // 10 digits are Unix seconds; an old Fars id (yyMMdd + sequence, 82..89...) is then far after 2100: rejected,
    // never a wrong date. The importer decodes Fars ids instead (corpus/FarsArticleIds).
    checkInvalid("8707060255", DateRejection.DATE_OUT_OF_RANGE, "2245-12-01 is after 2100-12-31, the last accepted date");
  }

  @Test
  void threeDigitMonthIsUnrecognized() {
    checkInvalid("2020/010/06", INVALID, "unrecognized date format");
  }

  @Test
  void yearAndMonthOnlyAreUnrecognized() {
    checkInvalid("2020-10", INVALID, "unrecognized date format");
    checkInvalid("2020", INVALID, "unrecognized date format");
  }

  @Test
  void trailingTextIsUnrecognized() {
    checkInvalid("2020-10-06 news", INVALID, "unrecognized date format");
    checkInvalid("2020-10-06x", INVALID, "unrecognized date format");
  }
}
