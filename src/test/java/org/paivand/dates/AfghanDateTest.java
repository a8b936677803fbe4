package org.paivand.dates;

import static org.paivand.dates.DateChecks.check;
import static org.paivand.dates.DateChecks.checkInvalid;

import org.junit.jupiter.api.Test;

/**
 * Dates as Afghan (Dari) sources write them: the solar months by their zodiac names, which are the same months as
 * the Iranian ones (حمل is Farvardin), and Gregorian months in their Afghan spellings (جنوری, فبروری, ...).
 */
class AfghanDateTest {
  @Test
  void everyZodiacMonthIsTheSameSolarMonthAsItsIranianName() {
    String[][] pairs = {
      {"حمل", "فروردین"}, {"ثور", "اردیبهشت"}, {"جوزا", "خرداد"}, {"سرطان", "تیر"}, {"اسد", "مرداد"},
      {"سنبله", "شهریور"}, {"میزان", "مهر"}, {"عقرب", "آبان"}, {"قوس", "آذر"}, {"جدی", "دی"}, {"دلو", "بهمن"},
      {"حوت", "اسفند"},
    };
    for (String[] pair : pairs) {
      String expected = new PublicationDateParser(DateChecks.UTC).parse("12 " + pair[1] + " 1399").date().toString();
      check("12 " + pair[0] + " 1399", expected);
    }
    check("15 میزان 1399", "2020-10-06");
    check("1 حمل 1400", "2021-03-21");
  }

  @Test
  void zodiacMonthsWithWeekdayPersianDigitsAndArabicLetters() {
    check("سه‌شنبه ۱۵ میزان ۱۳۹۹", "2020-10-06");
    check("۱ جدی ۱۳۹۹", "2020-12-21");
    check("١ جدي ١٣٩٩", "2020-12-21");
    check("۳ جوزای ۱۴۰۰", "2021-05-24");
  }

  @Test
  void zodiacMonthsFollowTheSameMonthLengths() {
    checkInvalid("31 میزان 1404", DateRejection.INVALID_DATE, "Mehr 1404 has 30 days");
    checkInvalid("30 حوت 1404", DateRejection.INVALID_DATE, "Esfand 1404 has 29 days");
    check("30 حوت 1403", "2025-03-20");
  }

  @Test
  void gregorianMonthsInAfghanSpelling() {
    String[] months = {"جنوری", "فبروری", "مارچ", "اپریل", "می", "جون", "جولای", "اگست", "سپتمبر", "اکتوبر", "نومبر",
        "دسمبر"};
    for (int month = 1; month <= 12; month++) {
      check("3 " + months[month - 1] + " 2021", String.format("2021-%02d-03", month));
    }
    check("۶ اکتوبر ۲۰۲۰", "2020-10-06");
  }

  @Test
  void zodiacNamesNeedAJalaliYear() {
    checkInvalid("15 میزان 2020", DateRejection.INVALID_DATE);
    checkInvalid("6 اکتوبر 1399", DateRejection.INVALID_DATE);
  }
}
