package org.paivand.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** One parser serves a whole partition: nothing of one value may leak into the next. */
class ParserReuseTest {
  private final PublicationDateParser parser = new PublicationDateParser(DateChecks.UTC);

  private void check(String raw, String expected) {
    assertEquals(LocalDate.parse(expected), parser.parse(raw).date(), raw);
  }

  @Test
  void offsetOfOneValueDoesNotMoveTheNext() {
    check("2020-10-06T23:30:00-04:00", "2020-10-07");
    check("2020-10-06", "2020-10-06");
    check("2020-10-06 23:30", "2020-10-06");
  }

  @Test
  void twelveHourClockOfOneValueDoesNotShiftTheNext() {
    check("October 6, 2020 11:30 pm -04:00", "2020-10-07");
    check("2020-10-06T11:30-04:00", "2020-10-06");
  }

  @Test
  void calendarOfOneValueDoesNotStickToTheNext() {
    check("15 مهر 1399", "2020-10-06");
    check("2020-10-06", "2020-10-06");
    check("6 October 2020", "2020-10-06");
    check("1399/07/15", "2020-10-06");
  }

  @Test
  void longValueThenShortValue() {
    check("سه\u200Cشنبه ۱۵ مهر ماه ۱۳۹۹، ساعت ۱۲:۳۰:۰۵ ", "2020-10-06");
    assertEquals(DateRejection.INVALID_DATE, parser.parse("x".repeat(500)).reason());
    check("20201006", "2020-10-06");
  }

  @Test
  void rejectionDoesNotDisturbTheNextValue() {
    assertEquals(DateRejection.INVALID_DATE, parser.parse("1404/12/30").reason());
    check("1403/12/30", "2025-03-20");
  }
}
