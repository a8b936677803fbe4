package org.paivand.spark.timeseries;

import org.paivand.spark.DailyTableFixtures;
import org.paivand.spark.SharedSpark;
import org.paivand.spark.job.SeriesOptions;
import org.paivand.spark.timeseries.TimeSeriesTables;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paivand.series.Granularity;

/**
 * A randomized property: on random daily tables (a new seed each run, printed in every failure message) spanning
 * Gregorian and Jalali month and year-week boundaries, with days without articles, every week, month, Jalali week
 * and Jalali month row equals the sum of the day rows of its days, and the day rows equal the daily tables. All
 * pairs of the four entities are on the watchlist, so every series has every period. One build, as Spark is slow.
 */
class TimeSeriesSumsTest {
  private static final List<String> ENTITIES = List.of("AM", "AZ", "IR", "RU");
  private static final LocalDate FIRST = LocalDate.parse("2020-02-10");
  private static final int DAYS = 75; // to 2020-04-24: Esfand 1398 to Ordibehesht 1399, Gregorian Feb to Apr

  @TempDir Path work;

  @Test
  void periodRowsAreSumsOfDayRows() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    List<Row> totals = new ArrayList<>();
    List<Row> entities = new ArrayList<>();
    List<Row> pairs = new ArrayList<>();
    Map<String, long[]> expectedDay = new HashMap<>(); // scope pair day -> n_ab, n_a, n_b, N, sentences
    for (int d = 0; d < DAYS; d++) {
      String day = FIRST.plusDays(d).toString();
      if (d > 0 && d < DAYS - 1 && random.nextInt(6) == 0) {
        continue; // a day without articles (the first and last days fix the range)
      }
      long n = 1 + random.nextInt(6);
      totals.add(DailyTableFixtures.total(day, n));
      Map<String, Long> counts = new HashMap<>();
      for (String entity : ENTITIES) {
        long articles = random.nextInt((int) n + 1);
        counts.put(entity, articles);
        if (articles > 0) {
          entities.add(DailyTableFixtures.entity(day, entity, articles));
        }
      }
      for (int i = 0; i < ENTITIES.size(); i++) {
        for (int j = i + 1; j < ENTITIES.size(); j++) {
          String a = ENTITIES.get(i);
          String b = ENTITIES.get(j);
          long na = counts.get(a);
          long nb = counts.get(b);
          long least = Math.max(0, na + nb - n);
          long together = least + random.nextInt((int) (Math.min(na, nb) - least) + 1);
          long inSentence = together == 0 ? 0 : random.nextInt((int) together + 1);
          long sentences = inSentence + (inSentence == 0 ? 0 : random.nextInt(3));
          if (together > 0) {
            pairs.add(DailyTableFixtures.document(day, a, b, together));
          }
          if (inSentence > 0) {
            pairs.add(DailyTableFixtures.sentence(day, a, b, inSentence, sentences));
          }
          expectedDay.put("document " + a + "," + b + " " + day, new long[] {together, na, nb, n, -1});
          expectedDay.put("sentence " + a + "," + b + " " + day, new long[] {inSentence, na, nb, n, sentences});
        }
      }
    }
    List<String> watchlist = new ArrayList<>();
    for (int i = 0; i < ENTITIES.size(); i++) {
      for (int j = i + 1; j < ENTITIES.size(); j++) {
        watchlist.add(ENTITIES.get(j) + "," + ENTITIES.get(i)); // reversed on purpose: the order must not matter
      }
    }
    SeriesOptions options = new SeriesOptions(watchlist, 1, 3, 2, 2, 5, 3, 2, 2.0, 1);
    String output = DailyTableFixtures.write(work.resolve("out"), totals, entities, pairs);
    List<Row> rows = TimeSeriesTables.build(SharedSpark.session(), output, options).collectAsList();

    Map<String, long[]> summed = new HashMap<>(); // granularity scope pair label -> sums of the day rows
    int dayRows = 0;
    for (Row row : rows) {
      if (!row.<String>getAs("granularity").equals("day")) {
        continue;
      }
      dayRows++;
      String series = row.getAs("scope") + " " + row.getAs("entity_a") + "," + row.getAs("entity_b");
      LocalDate day = row.<java.sql.Date>getAs("period_start").toLocalDate();
      long[] counts = counts(row);
      long[] expected = expectedDay.getOrDefault(series + " " + day,
          new long[] {0, 0, 0, 0, row.getAs("scope").equals("document") ? -1 : 0});
      assertEquals(List.of(expected[0], expected[1], expected[2], expected[3], expected[4]),
          List.of(counts[0], counts[1], counts[2], counts[3], counts[4]), "seed " + seed + ": " + row);
      for (Granularity granularity : Granularity.values()) {
        if (granularity != Granularity.DAY) {
          String key = granularity.id() + " " + series + " " + granularity.periodOf(day).label();
          long[] sum = summed.computeIfAbsent(key, k -> new long[5]);
          for (int k = 0; k < 5; k++) {
            sum[k] += counts[k];
          }
        }
      }
    }
    assertEquals(DAYS * 12, dayRows, "seed " + seed + ": every day, 6 pairs, 2 scopes");
    int periodRows = 0;
    for (Row row : rows) {
      if (row.<String>getAs("granularity").equals("day")) {
        continue;
      }
      periodRows++;
      String key = row.getAs("granularity") + " " + row.getAs("scope") + " " + row.getAs("entity_a") + ","
          + row.getAs("entity_b") + " " + row.getAs("period_label");
      long[] sum = summed.get(key);
      long[] counts = counts(row);
      if (row.getAs("scope").equals("document")) {
        sum[4] = -1;
      }
      assertEquals(List.of(sum[0], sum[1], sum[2], sum[3], sum[4]),
          List.of(counts[0], counts[1], counts[2], counts[3], counts[4]), "seed " + seed + ": " + key);
    }
    assertEquals(summed.size(), periodRows, "seed " + seed + ": one row per period of each series");
  }

  private static long[] counts(Row row) {
    Long sentences = row.getAs("pair_sentences");
    return new long[] {row.<Long>getAs("pair_articles"), row.<Long>getAs("a_articles"),
        row.<Long>getAs("b_articles"), row.<Long>getAs("total_articles"), sentences == null ? -1 : sentences};
  }
}
