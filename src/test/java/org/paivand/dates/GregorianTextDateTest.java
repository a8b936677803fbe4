package org.paivand.dates;

import static org.paivand.dates.DateChecks.check;
import static org.paivand.dates.DateChecks.checkInvalid;

import org.junit.jupiter.api.Test;

/** Gregorian dates with the month named in English or in Persian. */
class GregorianTextDateTest {
  private static final String INVALID = DateRejection.INVALID_DATE;

  @Test
  void dayMonthYear() {
    check("6 October 2020", "2020-10-06");
  }

  @Test
  void monthDayCommaYear() {
    check("October 6, 2020", "2020-10-06");
  }

  @Test
  void abbreviatedMonthWithoutComma() {
    check("Oct 6 2020", "2020-10-06");
  }

  @Test
  void abbreviationWithAPeriod() {
    check("Oct. 6, 2020", "2020-10-06");
    check("6 Sept. 2020", "2020-09-06");
  }

  @Test
  void caseDoesNotMatter() {
    check("6 OCTOBER 2020", "2020-10-06");
    check("oCt 6 2020", "2020-10-06");
  }

  @Test
  void everyEnglishMonth() {
    String[] names = {"Jan", "February", "Mar", "April", "May", "Jun", "July", "Aug", "Sep", "Oct", "Nov", "December"};
    for (int month = 1; month <= 12; month++) {
      check("1 " + names[month - 1] + " 2021", String.format("2021-%02d-01", month));
    }
  }

  @Test
  void rfc1123() {
    check("Tue, 06 Oct 2020 10:00:00 GMT", "2020-10-06");
  }

  @Test
  void rfc1123WithOffsetThatChangesTheDate() {
    check("Tue, 06 Oct 2020 01:00:00 +0330", "2020-10-05");
  }

  @Test
  void englishWeekdayBeforeMonthFirstDate() {
    check("Tuesday, October 6, 2020", "2020-10-06");
  }

  @Test
  void persianMonthNames() {
    check("6 اکتبر 2020", "2020-10-06");
    check("۶ اکتبر ۲۰۲۰", "2020-10-06");
  }

  @Test
  void everyPersianGregorianMonth() {
    String[] names = {
      "ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر",
    };
    for (int month = 1; month <= 12; month++) {
      check("1 " + names[month - 1] + " 2021", String.format("2021-%02d-01", month));
    }
  }

  @Test
  void persianMonthVariants() {
    check("1 می 2021", "2021-05-01");
    check("1 جولای 2021", "2021-07-01");
    check("1 آگوست 2021", "2021-08-01");
  }

  @Test
  void persianGregorianMonthWithPersianWeekday() {
    check("سه\u200Cشنبه ۶ اکتبر ۲۰۲۰", "2020-10-06");
  }

  @Test
  void gregorianMonthWithAJalaliYearIsInvalid() {
    checkInvalid("6 October 1399", INVALID, "year 1399 is outside the Gregorian years 1800 and later");
  }

  @Test
  void dayThatDoesNotExist() {
    checkInvalid("31 September 2020", INVALID, "September 2020 has 30 days");
  }

  @Test
  void persianMonthFirstIsUnrecognized() {
    checkInvalid("اکتبر 6, 2020", INVALID, "unrecognized date format");
  }

  @Test
  void monthYearWithoutDayIsUnrecognized() {
    checkInvalid("October 2020", INVALID, "unrecognized date format");
  }

  @Test
  void ordinalDayIsUnrecognized() {
    checkInvalid("October 6th, 2020", INVALID, "unrecognized date format");
  }
}
