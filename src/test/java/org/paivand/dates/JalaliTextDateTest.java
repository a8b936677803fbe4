package org.paivand.dates;

import static org.paivand.dates.DateChecks.check;
import static org.paivand.dates.DateChecks.checkInvalid;

import org.junit.jupiter.api.Test;

/** Jalali dates written with a Persian month name: {@code ۱۵ مهر ۱۳۹۹} and its variants. */
class JalaliTextDateTest {
  private static final String INVALID = DateRejection.INVALID_DATE;

  @Test
  void asciiDigits() {
    check("15 مهر 1399", "2020-10-06");
  }

  @Test
  void persianDigits() {
    check("۱۵ مهر ۱۳۹۹", "2020-10-06");
  }

  @Test
  void arabicIndicDigits() {
    check("١٥ مهر ١٣٩٩", "2020-10-06");
  }

  @Test
  void leadingZeroDay() {
    check("06 بهمن 1403", "2025-01-25");
  }

  @Test
  void everyMonthName() {
    check("1 فروردین 1399", "2020-03-20");
    check("1 اردیبهشت 1399", "2020-04-20");
    check("1 خرداد 1399", "2020-05-21");
    check("1 تیر 1399", "2020-06-21");
    check("1 مرداد 1399", "2020-07-22");
    check("1 شهریور 1399", "2020-08-22");
    check("1 مهر 1399", "2020-09-22");
    check("1 آبان 1399", "2020-10-22");
    check("1 آذر 1399", "2020-11-21");
    check("1 دی 1399", "2020-12-21");
    check("1 بهمن 1399", "2021-01-20");
    check("1 اسفند 1399", "2021-02-19");
  }

  @Test
  void amordadIsMordad() {
    check("1 امرداد 1399", "2020-07-22");
  }

  @Test
  void arabicYehAndKafInNames() {
    check("1 دي 1399", "2020-12-21");
    check("يكشنبه 1 تير 1399", "2020-06-21");
  }

  @Test
  void monthWordApart() {
    check("۱۵ مهر ماه ۱۳۹۹", "2020-10-06");
  }

  @Test
  void monthWordAttached() {
    check("۱۵ مهرماه ۱۳۹۹", "2020-10-06");
  }

  @Test
  void monthWordAfterZeroWidthNonJoiner() {
    check("۱۵ مهر\u200Cماه ۱۳۹۹", "2020-10-06");
  }

  @Test
  void weekdayWithZeroWidthNonJoiner() {
    check("سه\u200Cشنبه ۱۵ مهر ۱۳۹۹", "2020-10-06");
  }

  @Test
  void weekdayWithSpace() {
    check("سه شنبه ۱۵ مهر ۱۳۹۹", "2020-10-06");
  }

  @Test
  void weekdayAsOneWord() {
    check("سهشنبه ۱۵ مهر ۱۳۹۹", "2020-10-06");
  }

  @Test
  void weekdayWithComma() {
    check("سه\u200Cشنبه، ۱۵ مهر ۱۳۹۹", "2020-10-06");
  }

  @Test
  void everyWeekday() {
    check("شنبه 12 مهر 1399", "2020-10-03");
    check("یکشنبه 13 مهر 1399", "2020-10-04");
    check("دوشنبه 14 مهر 1399", "2020-10-05");
    check("چهارشنبه 16 مهر 1399", "2020-10-07");
    check("پنج\u200Cشنبه 17 مهر 1399", "2020-10-08");
    check("جمعه 18 مهر 1399", "2020-10-09");
  }

  @Test
  void weekdayIsNotCheckedAgainstTheDate() {
    check("جمعه ۱۵ مهر ۱۳۹۹", "2020-10-06");
  }

  @Test
  void commaBeforeTheYear() {
    check("۱۵ مهر، ۱۳۹۹", "2020-10-06");
  }

  @Test
  void timeAfterADash() {
    check("۱۵ مهر ۱۳۹۹ - ۱۲:۳۰", "2020-10-06");
  }

  @Test
  void timeAfterTheWordHour() {
    check("۱۵ مهر ۱۳۹۹ ساعت ۱۲:۳۰", "2020-10-06");
  }

  @Test
  void timeAfterACommaAndTheWordHour() {
    check("سه\u200Cشنبه ۱۵ مهر ۱۳۹۹، ساعت ۱۲:۳۰:۰۵", "2020-10-06");
  }

  @Test
  void tatweelInTheMonthName() {
    check("۱۵ مـهـر ۱۳۹۹", "2020-10-06");
  }

  @Test
  void noSpaceBetweenNumbersAndMonth() {
    check("۱۵مهر۱۳۹۹", "2020-10-06");
  }

  @Test
  void unknownMonthNameIsUnrecognized() {
    checkInvalid("15 مهرگان 1399", INVALID, "unrecognized date format");
  }

  @Test
  void twoDigitYearIsUnrecognized() {
    checkInvalid("15 مهر 99", INVALID, "unrecognized date format");
  }

  @Test
  void weekdayAloneIsUnrecognized() {
    checkInvalid("سه\u200Cشنبه", INVALID, "unrecognized date format");
  }

  @Test
  void jalaliMonthWithAGregorianYearIsInvalid() {
    checkInvalid("15 مهر 2020", INVALID, "year 2020 is outside the Jalali years 1200-1499");
  }

  @Test
  void dayThatDoesNotExist() {
    checkInvalid("31 مهر 1404", INVALID, "Mehr 1404 has 30 days");
  }

  @Test
  void dayZero() {
    checkInvalid("0 مهر 1404", INVALID, "day 0 does not exist");
  }
}
