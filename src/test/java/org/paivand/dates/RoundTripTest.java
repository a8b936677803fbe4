package org.paivand.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Every day from 1300/01/01 to 1500/12/29, formatted by ICU in three ways, parses back to the Gregorian day ICU gives.
 * Days after 2100-12-31 (from 1479/10/11) are out of range, and the year 1500 fits neither calendar, so those are
 * checked to be rejected for exactly that reason.
 */
class RoundTripTest {
  private static final int FIRST_YEAR = 1300;
  private static final int LAST_YEAR = 1500;
  private static final String[][] FORMATS = {
    {"en@calendar=persian", "y-MM-dd"},
    {"fa_IR@calendar=persian", "y/M/d"},
    {"fa_IR@calendar=persian", "EEEE d MMMM y"},
  };

  @Test
  void everyJalaliDayFormattedByIcuParsesBack() {
    PublicationDateParser parser = new PublicationDateParser(DateChecks.UTC);
    PersianCalendar calendar = new PersianCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
    SimpleDateFormat[] formats = new SimpleDateFormat[FORMATS.length];
    for (int index = 0; index < FORMATS.length; index++) {
      formats[index] = new SimpleDateFormat(FORMATS[index][1], new ULocale(FORMATS[index][0]));
      formats[index].setTimeZone(TimeZone.GMT_ZONE);
    }
    calendar.clear();
    calendar.set(FIRST_YEAR, 0, 1);
    int days = 0;
    int validDays = 0;
    while (calendar.get(Calendar.YEAR) <= LAST_YEAR) {
      LocalDate gregorian = LocalDate.ofInstant(calendar.getTime().toInstant(), ZoneOffset.UTC);
      boolean lastYear = calendar.get(Calendar.YEAR) == LAST_YEAR;
      for (SimpleDateFormat format : formats) {
        String text = format.format(calendar.getTime());
        DateParse result = parser.parse(text);
        if (lastYear) {
          assertEquals(DateRejection.INVALID_DATE, result.reason(), text);
        } else if (gregorian.isAfter(PublicationDateParser.LAST_ACCEPTED_DATE)) {
          assertEquals(DateRejection.DATE_OUT_OF_RANGE, result.reason(), text);
        } else {
          assertEquals(gregorian, result.date(), text);
        }
      }
      days++;
      if (!lastYear && !gregorian.isAfter(PublicationDateParser.LAST_ACCEPTED_DATE)) {
        validDays++;
      }
      calendar.add(Calendar.DATE, 1);
    }
    assertEquals(LocalDate.parse("2122-03-21").toEpochDay() - LocalDate.parse("1921-03-21").toEpochDay(), days);
    assertEquals(LocalDate.parse("2101-01-01").toEpochDay() - LocalDate.parse("1921-03-21").toEpochDay(), validDays);
  }
}
