package org.paivand.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Known conversions, checked against published calendars, and the month lengths ICU gives. */
class JalaliCalendarTest {
  private final JalaliCalendar calendar = new JalaliCalendar();

  private void check(int year, int month, int day, String expected) {
    assertEquals(LocalDate.parse(expected), LocalDate.ofEpochDay(calendar.epochDay(year, month, day)));
  }

  @Test
  void nowruz1399() {
    check(1399, 1, 1, "2020-03-20");
  }

  @Test
  void mehr15of1399() {
    check(1399, 7, 15, "2020-10-06");
  }

  @Test
  void fromTheFarsIds() {
    check(1391, 12, 22, "2013-03-12");
    check(1387, 7, 6, "2008-09-27");
  }

  @Test
  void esfand30of1403IsLeap() {
    assertEquals(30, calendar.monthLength(1403, 12));
    check(1403, 12, 30, "2025-03-20");
  }

  @Test
  void esfand1404HasTwentyNineDays() {
    assertEquals(29, calendar.monthLength(1404, 12));
  }

  @Test
  void firstSixMonthsHaveThirtyOneDaysAndTheNextFiveThirty() {
    for (int month = 1; month <= 11; month++) {
      assertEquals(month <= 6 ? 31 : 30, calendar.monthLength(1404, month), "month " + month);
    }
  }

  @Test
  void edgesOfTheYearsServed() {
    check(1200, 1, 1, "1821-03-21");
    assertEquals(29, calendar.monthLength(1499, 12));
  }

  @Test
  void yearsOutsideTheTableAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> calendar.monthLength(1500, 1));
    assertThrows(IllegalArgumentException.class, () -> calendar.epochDay(1199, 12, 1));
  }
}
