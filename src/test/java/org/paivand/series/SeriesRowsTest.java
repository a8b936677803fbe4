package org.paivand.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The per-series computation without Spark: which periods get rows, and window and baseline sums that skip the
 * periods where the pair does not occur (share 0) and the periods without articles (no share), against sums worked
 * out by hand. Spark-side equality with the daily tables is TimeSeriesTablesTest's and TimeSeriesSumsTest's.
 */
class SeriesRowsTest {
  private static final LocalDate FIRST = LocalDate.parse("2020-10-01");
  private static final SeriesCalendar CALENDAR = SeriesCalendar.of(FIRST, FIRST.plusDays(9));
  /** Window 3 and baseline 4 periods for every granularity, spikes from z = 1 with 1 article. */
  private static final SeriesRows.Settings SETTINGS = new SeriesRows.Settings(new int[] {3, 3, 3, 3, 3},
      new int[] {4, 4, 4, 4, 4}, 1.0, 1);

  private static int day(int offset) {
    return (int) FIRST.plusDays(offset).toEpochDay();
  }

  /** Ten days of 10 articles each, except day 2 (none). */
  private static SliceTotals totals() {
    List<Integer> days = new ArrayList<>();
    for (int d = 0; d < 10; d++) {
      if (d != 2) {
        days.add(day(d));
      }
    }
    long[] articles = new long[days.size()];
    java.util.Arrays.fill(articles, 10);
    return SliceTotals.of(CALENDAR, days.stream().mapToInt(Integer::intValue).toArray(), articles);
  }

  /** The pair on days 0 (1 article), 3 (2) and 7 (9 of 10); entity a on those days and day 5, b on the pair's. */
  private static List<SeriesRows.Row> dayRows(boolean everyPeriod) {
    int[] pairDays = {day(7), day(0), day(3)}; // any order
    long[] pair = {9, 1, 2};
    int[] aDays = {day(0), day(3), day(5), day(7)};
    long[] a = {2, 2, 4, 9};
    List<SeriesRows.Row> rows = new ArrayList<>();
    SeriesRows.build(CALENDAR, totals(), SETTINGS, true, everyPeriod,
        new SeriesRows.Days(pairDays, pair, new long[] {12, 1, 3}, aDays, a, pairDays, pair),
        row -> {
          if (row.granularity() == Granularity.DAY) {
            rows.add(row);
          }
        });
    return rows;
  }

  @Test
  void aPairOffTheWatchlistHasRowsWhereItOccursOnly() {
    List<SeriesRows.Row> rows = dayRows(false);
    assertEquals(List.of(0, 3, 7), rows.stream().map(SeriesRows.Row::position).toList());
    assertEquals(List.of(1L, 2L, 9L), rows.stream().map(SeriesRows.Row::pairArticles).toList());
    assertEquals(List.of(1L, 3L, 12L), rows.stream().map(SeriesRows.Row::pairSentences).toList());
  }

  @Test
  void aWatchlistPairHasARowInEveryPeriod() {
    List<SeriesRows.Row> rows = dayRows(true);
    assertEquals(10, rows.size());
    SeriesRows.Row second = rows.get(2);
    assertEquals(0, second.pairArticles());
    assertEquals(0L, second.pairSentences(), "sentence scope: 0, not null");
    assertEquals(0, second.totalArticles());
    assertNull(second.share(), "no articles, no share");
    assertNull(second.shareLow());
    SeriesRows.Row fifth = rows.get(5);
    assertEquals(0.0, fifth.share());
    assertEquals(4, fifth.aArticles(), "entity a alone on day 5");
    assertEquals(0, fifth.bArticles());
  }

  @Test
  void windowsAndBaselinesSumOverPeriodsByPosition() {
    List<SeriesRows.Row> rows = dayRows(true);
    // day 3: window days 1..3 hold shares 0 (day 1), none (day 2), 0.2: mean over the 2 days with articles
    assertEquals(0.1, rows.get(3).rollingShare(), 1e-15);
    // day 4: baseline days 0..3: shares 0.1, 0, none, 0.2 over 3 days with articles: mean 0.1, sample variance 0.01
    // day 4's share is 0: z = (0 - 0.1) / 0.1
    assertEquals(-1.0, rows.get(4).zscore(), 1e-12);
    // day 7: baseline days 3..6: 0.2, 0, 0, 0: mean 0.05, variance (0.04 - 0.2 * 0.05) / 3 = 0.01
    assertEquals((0.9 - 0.05) / 0.1, rows.get(7).zscore(), 1e-12);
    assertTrue(rows.get(7).spike(), "9 of 10: the interval [0.60, 0.98] is far above 0.05");
    // day 3: baseline days 0..2 hold 0.1 and 0 (mean 0.05, sample std 0.0707), z = 2.12; 2 of 10 is [0.057, 0.51],
    // just above the mean
    assertEquals((0.2 - 0.05) / Math.sqrt(0.005), rows.get(3).zscore(), 1e-12);
    assertTrue(rows.get(3).spike());
    assertFalse(rows.get(4).spike(), "z = -1");
  }

  @Test
  void documentScopeHasNoSentenceCount() {
    List<SeriesRows.Row> rows = new ArrayList<>();
    SeriesRows.build(CALENDAR, totals(), SETTINGS, false, false, new SeriesRows.Days(new int[] {day(0)},
        new long[] {1}, new long[] {0}, new int[] {day(0)}, new long[] {1}, new int[] {day(0)}, new long[] {1}),
        rows::add);
    assertEquals(Granularity.values().length, rows.size(), "one row in each granularity");
    assertTrue(rows.stream().allMatch(row -> row.pairSentences() == null));
  }

  @Test
  void weeksSumTheirDays() {
    List<SeriesRows.Row> weeks = new ArrayList<>();
    int[] days = {day(0), day(3), day(7)};
    long[] articles = {1, 2, 9};
    SeriesRows.build(CALENDAR, totals(), SETTINGS, false, true, new SeriesRows.Days(days, articles, new long[3],
        days, articles, days, articles), row -> {
          if (row.granularity() == Granularity.WEEK) {
            weeks.add(row);
          }
        });
    // 2020-10-01 is a Thursday: week 1 holds days 0..3 (1 + 2 articles of 30), week 2 days 4..9 (9 of 60)
    assertEquals(List.of(3L, 9L), weeks.stream().map(SeriesRows.Row::pairArticles).toList());
    assertEquals(List.of(30L, 60L), weeks.stream().map(SeriesRows.Row::totalArticles).toList());
    assertEquals("2020-W40", CALENDAR.label(Granularity.WEEK, 0));
    assertEquals(LocalDate.parse("2020-09-28").toEpochDay(), CALENDAR.startDay(Granularity.WEEK, 0));
  }
}
