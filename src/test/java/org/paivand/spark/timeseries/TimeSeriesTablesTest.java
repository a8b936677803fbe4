package org.paivand.spark.timeseries;

import org.paivand.spark.DailyTableFixtures;
import org.paivand.spark.SharedSpark;
import org.paivand.spark.job.SeriesOptions;
import org.paivand.spark.timeseries.TimeSeriesTables;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paivand.spark.DailyTableFixtures.document;
import static org.paivand.spark.DailyTableFixtures.entity;
import static org.paivand.spark.DailyTableFixtures.sentence;
import static org.paivand.spark.DailyTableFixtures.total;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paivand.errors.UserError;

/**
 * {@code timeseries} on five days of daily tables, every figure worked out by hand below. 2020-10-03 has no articles;
 * IR-RU has n_ab = n_b on the 1st, n_ab = n_a = n_b on the 2nd and 4th, n_ab = N on the 5th; the watchlist pair
 * AM-AZ is absent on the 1st although both entities are there; IR-TR has 3 articles on one day (kept), RU-TR 2
 * (below the minimum support of 3, left out). Windows: 2 periods; baselines: 3 periods; spikes from z = 1.
 */
class TimeSeriesTablesTest {
  private static final double EPSILON = 1e-12;
  @TempDir static Path work;
  static Map<String, Row> rows;
  static long rowCount;

  static final SeriesOptions OPTIONS = new SeriesOptions(SeriesOptions.DEFAULT_WATCHLIST, 3, 2, 2, 2, 3, 3, 3, 1.0, 1);

  @BeforeAll
  static void build() {
    String output = DailyTableFixtures.write(work.resolve("out"),
        List.of(total("2020-10-01", 4), total("2020-10-02", 2), total("2020-10-04", 5), total("2020-10-05", 1)),
        List.of(entity("2020-10-01", "IR", 2), entity("2020-10-01", "RU", 1), entity("2020-10-01", "AM", 1),
            entity("2020-10-01", "AZ", 1), entity("2020-10-02", "IR", 1), entity("2020-10-02", "RU", 1),
            entity("2020-10-04", "IR", 3), entity("2020-10-04", "RU", 3), entity("2020-10-04", "AM", 1),
            entity("2020-10-04", "AZ", 2), entity("2020-10-04", "TR", 3), entity("2020-10-05", "IR", 1),
            entity("2020-10-05", "RU", 1)),
        List.of(document("2020-10-01", "IR", "RU", 1), document("2020-10-02", "IR", "RU", 1),
            document("2020-10-04", "IR", "RU", 3), document("2020-10-05", "IR", "RU", 1),
            document("2020-10-04", "AM", "AZ", 1), document("2020-10-04", "IR", "TR", 3),
            document("2020-10-04", "RU", "TR", 2), sentence("2020-10-04", "IR", "RU", 2, 3)));
    List<Row> all = TimeSeriesTables.build(SharedSpark.session(), output, OPTIONS).collectAsList();
    rowCount = all.size();
    rows = new HashMap<>();
    for (Row row : all) {
      rows.put(key(row.getAs("granularity"), row.getAs("scope"), row.getAs("entity_a") + "," + row.getAs("entity_b"),
          row.getAs("period_label")), row);
    }
  }

  static String key(String granularity, String scope, String pair, String label) {
    return granularity + " " + scope + " " + pair + " " + label;
  }

  static Row row(String granularity, String scope, String pair, String label) {
    Row row = rows.get(key(granularity, scope, pair, label));
    if (row == null) {
      throw new AssertionError("no row " + key(granularity, scope, pair, label));
    }
    return row;
  }

  static void counts(Row row, long nab, long na, long nb, long n) {
    assertEquals(List.of(nab, na, nb, n), List.of(row.<Long>getAs("pair_articles"), row.<Long>getAs("a_articles"),
        row.<Long>getAs("b_articles"), row.<Long>getAs("total_articles")), row.toString());
  }

  static void near(Double expected, Row row, String column) {
    Double actual = row.getAs(column);
    if (expected == null) {
      assertNull(actual, column + " of " + row);
    } else {
      assertEquals(expected, actual, EPSILON, column + " of " + row);
    }
  }

  static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  @Test
  void everyDayOfAWatchlistPairIncludingTheDayWithoutArticles() {
    counts(row("day", "document", "IR,RU", "2020-10-01"), 1, 2, 1, 4);
    counts(row("day", "document", "IR,RU", "2020-10-02"), 1, 1, 1, 2);
    counts(row("day", "document", "IR,RU", "2020-10-03"), 0, 0, 0, 0);
    counts(row("day", "document", "IR,RU", "2020-10-04"), 3, 3, 3, 5);
    counts(row("day", "document", "IR,RU", "2020-10-05"), 1, 1, 1, 1);
  }

  @Test
  void associationByHand() {
    Row first = row("day", "document", "IR,RU", "2020-10-01");
    near(0.25, first, "share");
    near(1.0, first, "pmi"); // log2(1 * 4 / (2 * 1))
    near(0.5, first, "npmi"); // 1 / -log2(1/4)
    near(0.5, first, "jaccard"); // 1 / (2 + 1 - 1)
    // G² = 2 [1 ln(1 / (2*1/4)) + 1 ln(1 / (2*3/4)) + 0 + 2 ln(2 / (2*3/4))]
    near(2 * (Math.log(2) + Math.log(2.0 / 3) + 2 * Math.log(4.0 / 3)), first, "llr");
    Row fourth = row("day", "document", "IR,RU", "2020-10-04");
    near(0.6, fourth, "share");
    near(log2(5.0 / 3), fourth, "pmi");
    near(1.0, fourth, "npmi"); // n_ab = n_a = n_b
    near(1.0, fourth, "jaccard");
    Row fifth = row("day", "document", "IR,RU", "2020-10-05"); // n_ab = N = 1
    near(0.0, fifth, "pmi");
    near(null, fifth, "npmi");
    near(0.0, fifth, "llr");
  }

  @Test
  void dayWithoutArticlesHasNullsNotNaN() {
    Row empty = row("day", "document", "IR,RU", "2020-10-03");
    for (String column : List.of("share", "pmi", "npmi", "llr", "jaccard", "zscore")) {
      near(null, empty, column);
    }
    near(0.5, empty, "rolling_share"); // window 10-02..10-03: only 10-02 has articles
    assertFalse(empty.<Boolean>getAs("spike"));
  }

  @Test
  void rollingShareOverPeriodsWithArticles() {
    near(0.25, row("day", "document", "IR,RU", "2020-10-01"), "rolling_share"); // 09-30 is before the corpus
    near(0.375, row("day", "document", "IR,RU", "2020-10-02"), "rolling_share");
    near(0.6, row("day", "document", "IR,RU", "2020-10-04"), "rolling_share");
    near(0.8, row("day", "document", "IR,RU", "2020-10-05"), "rolling_share");
  }

  @Test
  void everyShareLiesInItsWilsonInterval() {
    Row fourth = row("day", "document", "IR,RU", "2020-10-04");
    // 3 of 5, by hand with z = 1.959964: centre (0.6 + z²/10) / (1 + z²/5), half z·√(0.048 + z²/100) / (1 + z²/5)
    double z2 = 1.959964 * 1.959964;
    double centre = (0.6 + z2 / 10) / (1 + z2 / 5);
    double half = 1.959964 * Math.sqrt(0.6 * 0.4 / 5 + z2 / 100) / (1 + z2 / 5);
    near(centre - half, fourth, "share_low");
    near(centre + half, fourth, "share_high");
    near(null, row("day", "document", "IR,RU", "2020-10-03"), "share_low");
    int checked = 0;
    for (Row row : rows.values()) {
      Double share = row.getAs("share");
      if (share != null) {
        double low = row.<Double>getAs("share_low");
        double high = row.<Double>getAs("share_high");
        assertTrue(0 <= low && low <= share && share <= high && high <= 1, row.toString());
        checked++;
      }
    }
    assertTrue(checked > 20, checked + " rows with a share");
  }

  @Test
  void zscoreAgainstThePreviousPeriods() {
    near(null, row("day", "document", "IR,RU", "2020-10-01"), "zscore");
    near(null, row("day", "document", "IR,RU", "2020-10-02"), "zscore"); // one baseline period
    // baseline 10-01..10-03: shares 0.25, 0.5 (10-03 has none): mean 0.375, sample std sqrt(0.03125)
    Row fourth = row("day", "document", "IR,RU", "2020-10-04");
    near((0.6 - 0.375) / Math.sqrt(0.03125), fourth, "zscore");
    // z = 1.27 clears the threshold of 1, but 3 of 5 articles is [0.23, 0.88] at 95%: its low end is under the
    // baseline mean 0.375, so the share may be the usual one and the day is no spike
    assertFalse(fourth.<Boolean>getAs("spike"));
    // baseline 10-02..10-04: 0.5, 0.6: mean 0.55, sample std sqrt(0.005)
    near((1.0 - 0.55) / Math.sqrt(0.005), row("day", "document", "IR,RU", "2020-10-05"), "zscore");
  }

  @Test
  void watchlistPairAbsentOnADayGetsZeros() {
    Row absent = row("day", "document", "AM,AZ", "2020-10-01");
    counts(absent, 0, 1, 1, 4);
    near(0.0, absent, "share");
    near(null, absent, "pmi");
    near(0.0, absent, "jaccard");
    // cells [0 1; 1 2], expected [1/4 3/4; 3/4 9/4]
    near(2 * (Math.log(1 / 0.75) + Math.log(1 / 0.75) + 2 * Math.log(2 / 2.25)), absent, "llr");
    counts(row("day", "document", "AM,AZ", "2020-10-02"), 0, 0, 0, 2);
    near(null, row("day", "document", "AM,AZ", "2020-10-02"), "jaccard");
    counts(row("day", "sentence", "AM,AZ", "2020-10-04"), 0, 1, 2, 5);
    assertEquals(0L, row("day", "sentence", "AM,AZ", "2020-10-04").<Long>getAs("pair_sentences"));
    assertTrue(row("day", "document", "AM,AZ", "2020-10-04").<Boolean>getAs("watchlist"));
  }

  @Test
  void sentenceScopeCountsArticlesAndKeepsSentences() {
    Row row = row("day", "sentence", "IR,RU", "2020-10-04");
    counts(row, 2, 3, 3, 5);
    assertEquals(3L, row.<Long>getAs("pair_sentences"));
    assertNull(row("day", "document", "IR,RU", "2020-10-04").getAs("pair_sentences"));
    counts(row("day", "sentence", "IR,RU", "2020-10-05"), 0, 1, 1, 1);
  }

  @Test
  void otherPairsOnlyWhereTheyOccurAndAboveMinimumSupport() {
    Row only = row("day", "document", "IR,TR", "2020-10-04");
    counts(only, 3, 3, 3, 5);
    assertFalse(only.<Boolean>getAs("watchlist"));
    near(0.6, only, "rolling_share"); // 10-03 has no articles
    near(null, only, "zscore"); // baseline shares 0, 0: no deviation
    assertFalse(rows.containsKey(key("day", "document", "IR,TR", "2020-10-05")));
    assertTrue(rows.keySet().stream().noneMatch(k -> k.contains("RU,TR")), "RU-TR has 2 articles, below 3");
    assertTrue(rows.keySet().stream().noneMatch(k -> k.contains("sentence IR,TR")));
  }

  @Test
  void weeksAndMonthsSumTheDays() {
    counts(row("week", "document", "IR,RU", "2020-W40"), 5, 6, 5, 11);
    counts(row("week", "document", "IR,RU", "2020-W41"), 1, 1, 1, 1);
    counts(row("month", "document", "IR,RU", "2020-10"), 6, 7, 6, 12);
    near(0.5, row("month", "document", "IR,RU", "2020-10"), "share");
    counts(row("jalali_week", "document", "IR,RU", "1399-W29"), 2, 3, 2, 6);
    counts(row("jalali_week", "document", "IR,RU", "1399-W30"), 4, 4, 4, 6);
    Row jalaliMonth = row("jalali_month", "document", "IR,RU", "1399-07");
    counts(jalaliMonth, 6, 7, 6, 12);
    assertEquals(java.sql.Date.valueOf("2020-09-22"), jalaliMonth.getAs("period_start"));
  }

  @Test
  void onlyTheRowsDescribed() {
    // watchlist: 2 pairs x 2 scopes x (5 days + 2 weeks + 1 month + 2 Jalali weeks + 1 Jalali month) = 44;
    // IR-TR document: one row per granularity = 5
    assertEquals(49, rowCount);
  }

  @Test
  void notAnOutput() {
    UserError error = org.junit.jupiter.api.Assertions.assertThrows(UserError.class,
        () -> TimeSeriesTables.build(SharedSpark.session(), work.toString(), OPTIONS));
    assertTrue(error.getMessage().contains("is not a paivand output"), error.getMessage());
  }
}
