package org.paivand.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Period starts, labels and indexes of each granularity, with the days worked out from a calendar. */
class GranularityTest {
  private static void check(Granularity granularity, String day, String start, String label) {
    Period period = granularity.periodOf(LocalDate.parse(day));
    assertEquals(LocalDate.parse(start), period.start(), granularity + " start of " + day);
    assertEquals(label, period.label(), granularity + " label of " + day);
  }

  @Test
  void day() {
    check(Granularity.DAY, "2020-10-11", "2020-10-11", "2020-10-11");
  }

  @Test
  void isoWeekStartsMonday() {
    check(Granularity.WEEK, "2020-10-11", "2020-10-05", "2020-W41"); // a Sunday
    check(Granularity.WEEK, "2020-10-05", "2020-10-05", "2020-W41"); // its Monday
  }

  @Test
  void isoWeekYearAroundNewYear() {
    check(Granularity.WEEK, "2021-01-03", "2020-12-28", "2020-W53");
    check(Granularity.WEEK, "2019-12-30", "2019-12-30", "2020-W01");
  }

  @Test
  void month() {
    check(Granularity.MONTH, "2020-10-31", "2020-10-01", "2020-10");
  }

  @Test
  void jalaliMonthFromIcu() {
    check(Granularity.JALALI_MONTH, "2020-10-01", "2020-09-22", "1399-07"); // 10 Mehr 1399; 1 Mehr = 2020-09-22
    check(Granularity.JALALI_MONTH, "2020-03-19", "2020-02-20", "1398-12"); // last day of Esfand 1398
    check(Granularity.JALALI_MONTH, "2020-03-20", "2020-03-20", "1399-01"); // 1 Farvardin 1399
  }

  @Test
  void jalaliWeekStartsSaturday() {
    check(Granularity.JALALI_WEEK, "2020-10-02", "2020-09-26", "1399-W29"); // a Friday
    check(Granularity.JALALI_WEEK, "2020-10-03", "2020-10-03", "1399-W30"); // the next day, a Saturday
  }

  @Test
  void jalaliWeekOneHoldsFirstOfFarvardin() {
    // 1 Farvardin 1399 is Friday 2020-03-20: its week (Saturday 2020-03-14) is week 1 of 1399
    check(Granularity.JALALI_WEEK, "2020-03-14", "2020-03-14", "1399-W01");
    check(Granularity.JALALI_WEEK, "2020-03-13", "2020-03-07", "1398-W52");
  }

  @Test
  void consecutivePeriodsHaveConsecutiveIndexes() {
    for (Granularity granularity : Granularity.values()) {
      LocalDate day = LocalDate.parse("2019-01-01");
      Period previous = granularity.periodOf(day);
      for (int i = 0; i < 800; i++) {
        day = day.plusDays(1);
        Period period = granularity.periodOf(day);
        if (!period.start().equals(previous.start())) {
          assertEquals(previous.index() + 1, period.index(), granularity + " at " + day);
          assertEquals(day, period.start(), granularity + " starts at the first day in it");
        } else {
          assertEquals(previous, period);
        }
        previous = period;
      }
    }
  }

  @Test
  void byId() {
    assertEquals(Granularity.JALALI_WEEK, Granularity.byId("jalali_week"));
    assertEquals(Granularity.MONTH, Granularity.byId("Month"));
    assertNull(Granularity.byId("fortnight"));
    assertNull(Granularity.byId(null));
  }

  @Test
  void calendarHasEveryDayInEveryGranularity() {
    List<PeriodCalendar.Entry> entries = PeriodCalendar.entries(LocalDate.parse("2020-10-01"),
        LocalDate.parse("2020-10-05"));
    assertEquals(25, entries.size());
    assertEquals(new Period(LocalDate.parse("2020-10-03"), "1399-W30", Math.floorDiv(18538L, 7)),
        entries.stream().filter(e -> e.granularity() == Granularity.JALALI_WEEK
            && e.day().equals(LocalDate.parse("2020-10-05"))).findFirst().orElseThrow().period());
  }
}
