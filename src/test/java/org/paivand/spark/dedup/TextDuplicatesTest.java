package org.paivand.spark.dedup;

import org.paivand.spark.run.CooccurrenceJob;
import org.paivand.spark.CorpusFixtures;
import org.paivand.spark.run.RunResult;
import org.paivand.spark.SharedSpark;
import org.paivand.spark.dedup.DuplicateCounts;
import org.paivand.spark.dedup.NearDuplicates;
import org.paivand.spark.job.DedupMode;
import org.paivand.spark.job.ItemsetOptions;
import org.paivand.spark.job.JobConfig;
import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --dedup} on one corpus, in every mode. Texts of 120 words have 116 five-word shingles; one changed word
 * changes 5 of them, so a one-word edit has Jaccard 111/121 = 0.917 to its original, two edits 106/126 = 0.841 and
 * three 101/131 = 0.771 (worked out in {@code TextFingerprintTest}'s terms: n − 9 of n + 1 shingles shared).
 *
 * <ul>
 *   <li>x-a, x-b (2020-10-06) and x-late (2020-10-08): the same words, punctuation and case aside;
 *   <li>n1 (10-06) and n2 (10-07, one word changed); n1 again under its id: a repeated id;
 *   <li>c1 (10-06), c2 (10-07, c1 with one word changed), c3 (10-08, c2 with another word changed): a chain;
 *   <li>d1, d2 (10-06): three words apart, below 0.9; q1, q2: no words at all, never copies.
 * </ul>
 */
class TextDuplicatesTest {
  @TempDir static Path work;
  static String input;
  static final Map<DedupMode, Run> RUNS = new TreeMap<>();
  static Run strict;

  record Run(RunResult result, Path output) {}

  static String text(String prefix) {
    List<String> words = new ArrayList<>(List.of("Iran", "and", "Russia"));
    for (int k = 0; k < 117; k++) {
      words.add(prefix + k);
    }
    return String.join(" ", words) + ".";
  }

  @BeforeAll
  static void runEveryMode() {
    String x = text("x");
    String n = text("n");
    String c = text("c");
    String c2 = c.replace(" c40 ", " changed ");
    String d = text("d");
    List<Object[]> rows = List.of(
        new Object[] {"x-late", x, "2020-10-08"},
        new Object[] {"x-b", x.toUpperCase(java.util.Locale.ROOT).replace(" ", " , "), "2020-10-06"},
        new Object[] {"x-a", x, "2020-10-06"},
        new Object[] {"n1", n, "2020-10-06"},
        new Object[] {"n2", n.replace(" n60 ", " changed "), "2020-10-07"},
        new Object[] {"n1", n, "2020-10-06"},
        new Object[] {"c1", c, "2020-10-06"},
        new Object[] {"c2", c2, "2020-10-07"},
        new Object[] {"c3", c2.replace(" c100 ", " other "), "2020-10-08"},
        new Object[] {"d1", d, "2020-10-06"},
        new Object[] {"d2", d.replace(" d10 ", " one ").replace(" d50 ", " two ").replace(" d90 ", " three "),
            "2020-10-06"},
        new Object[] {"q1", "!!! ???", "2020-10-06"},
        new Object[] {"q2", "!!! ???", "2020-10-06"},
        new Object[] {"bad", x, "not a date"});
    input = CorpusFixtures.write(work.resolve("in"), DataTypes.StringType, rows);
    for (DedupMode mode : DedupMode.values()) {
      RUNS.put(mode, run(mode, JobConfig.DEFAULT_NEAR_THRESHOLD, "out-" + mode.cliName()));
    }
    strict = run(DedupMode.NEAR, 0.99, "out-near-strict");
  }

  static Run run(DedupMode mode, double threshold, String name) {
    Path output = work.resolve(name);
    JobConfig config = JobConfig.of(List.of(input), output.toString()).toBuilder().dedup(mode, threshold)
        .itemsets(ItemsetOptions.defaults()).build();
    return new Run(CooccurrenceJob.run(SharedSpark.session(), config), output);
  }

  /** The duplicates table as id -> "kind duplicate_of kept_pub_date pub_date". */
  static Map<String, String> duplicates(Run run) {
    Map<String, String> rows = new TreeMap<>();
    for (Row row : SharedSpark.session().read().parquet(run.output().resolve("duplicates").toString())
        .collectAsList()) {
      rows.put(row.<String>getAs("id") + "@" + row.get(row.fieldIndex("pub_date")), row.<String>getAs("kind") + " "
          + row.getAs("duplicate_of") + " " + row.get(row.fieldIndex("kept_pub_date")));
    }
    return rows;
  }

  static double similarity(Run run, String id) {
    return SharedSpark.session().read().parquet(run.output().resolve("duplicates").toString())
        .filter(col("id").equalTo(id)).collectAsList().get(0).getAs("similarity");
  }

  static long documentPairArticles(Run run, String day) {
    List<Row> rows = SharedSpark.session().read().parquet(run.output().resolve("pairs_daily").toString())
        .filter(col("scope").equalTo("document").and(col("entity_a").equalTo("IR")).and(col("entity_b").equalTo("RU"))
            .and(col("pub_date").equalTo(day)))
        .collectAsList();
    return rows.isEmpty() ? 0 : rows.get(0).<Long>getAs("articles");
  }

  @Test
  void noneCountsEveryTextAndOnlyRepeatedIdsOnce() {
    RunResult none = RUNS.get(DedupMode.NONE).result();
    assertEquals(14, none.rowsRead());
    assertEquals(12, none.rowsUsed());
    assertEquals(1, none.rowsDuplicate());
    assertEquals(Map.of("n1@2020-10-06", "id n1 2020-10-06"), duplicates(RUNS.get(DedupMode.NONE)));
    assertEquals(12, none.rowsUsedWithoutTextDedup());
    // x-a, x-b, n1, c1, d1, d2 on 2020-10-06 mention Iran and Russia
    assertEquals(6, documentPairArticles(RUNS.get(DedupMode.NONE), "2020-10-06"));
  }

  @Test
  void exactCopiesCountOnceKeepingTheEarliestThenSmallestId() {
    Run exact = RUNS.get(DedupMode.EXACT);
    assertEquals(Map.of(
        "n1@2020-10-06", "id n1 2020-10-06",
        "x-b@2020-10-06", "exact x-a 2020-10-06",
        "x-late@2020-10-08", "exact x-a 2020-10-06"), duplicates(exact));
    assertEquals(1.0, similarity(exact, "x-late"));
    assertEquals(10, exact.result().rowsUsed());
    assertEquals(new DuplicateCounts(DedupMode.EXACT, 0.9, 1, 2, 0), exact.result().duplicates());
    assertEquals(12, exact.result().rowsUsedWithoutTextDedup());
    assertEquals(5, documentPairArticles(exact, "2020-10-06"), "x-a and x-b are one article");
    assertEquals(1, documentPairArticles(exact, "2020-10-08"), "c3 only: x-late is x-a's copy");
  }

  @Test
  void nearCopiesAndChainsClusterAtTheDefaultThreshold() {
    Run near = RUNS.get(DedupMode.NEAR);
    assertEquals(Map.of(
        "n1@2020-10-06", "id n1 2020-10-06",
        "x-b@2020-10-06", "exact x-a 2020-10-06",
        "x-late@2020-10-08", "exact x-a 2020-10-06",
        "n2@2020-10-07", "near n1 2020-10-06",
        "c2@2020-10-07", "near c1 2020-10-06",
        "c3@2020-10-08", "near c1 2020-10-06"), duplicates(near));
    assertEquals(111.0 / 121, similarity(near, "n2"));
    assertEquals(106.0 / 126, similarity(near, "c3"), "in the cluster through c2, below the threshold to c1");
    assertEquals(new DuplicateCounts(DedupMode.NEAR, 0.9, 1, 2, 3), near.result().duplicates());
    assertEquals(7, near.result().rowsUsed(), "x-a n1 c1 d1 d2 q1 q2");
  }

  @Test
  void aStricterThresholdKeepsOneWordEditsApart() {
    assertEquals(Map.of(
        "n1@2020-10-06", "id n1 2020-10-06",
        "x-b@2020-10-06", "exact x-a 2020-10-06",
        "x-late@2020-10-08", "exact x-a 2020-10-06"), duplicates(strict));
  }

  @Test
  void everyModeReconciles() throws Exception {
    List<Run> all = new ArrayList<>(RUNS.values());
    all.add(strict);
    for (Run run : all) {
      RunResult result = run.result();
      assertTrue(result.reconciles(), run.output().toString());
      assertEquals(1, result.rowsRejected());
      assertEquals(result.rowsDuplicate(), result.duplicates().total());
      assertEquals(result.rowsDuplicate(), result.tableRows().get("duplicates"));
      JsonNode report = new ObjectMapper().readTree(run.output().resolve("_run.json").toFile());
      assertEquals(result.rowsRead(), report.get("rows_used").asLong() + report.get("rows_rejected").asLong()
          + report.get("rows_duplicate").asLong() + report.get("rows_unreadable").asLong());
      JsonNode duplicates = report.get("duplicates");
      assertEquals(report.get("rows_duplicate").asLong(), duplicates.get("by_id").asLong()
          + duplicates.get("exact_text").asLong() + duplicates.get("near_text").asLong());
      assertEquals(12, duplicates.get("rows_used_without_text_dedup").asLong());
      long totals = SharedSpark.session().read().parquet(run.output().resolve("totals_daily").toString())
          .agg(org.apache.spark.sql.functions.sum("articles")).first().getLong(0);
      assertEquals(result.rowsUsed(), totals, "the daily totals count each cluster once");
    }
  }

  @Test
  void itemsetsCountEachClusterOnceLikeThePairs() {
    List<Run> all = new ArrayList<>(RUNS.values());
    all.add(strict);
    for (Run run : all) {
      long pairs = SharedSpark.session().read().parquet(run.output().resolve("pairs_daily").toString())
          .filter(col("scope").equalTo("document").and(col("entity_a").equalTo("IR"))
              .and(col("entity_b").equalTo("RU")))
          .agg(org.apache.spark.sql.functions.sum("articles")).first().getLong(0);
      Dataset<Row> itemsets = SharedSpark.session().read().parquet(run.output().resolve("itemsets").toString());
      List<Row> irRu = itemsets.filter(col("pub_month").equalTo("2020-10")
          .and(org.apache.spark.sql.functions.array_join(col("items"), "+").equalTo("IR+RU"))).collectAsList();
      assertEquals(1, irRu.size(), run.output().toString());
      assertEquals(pairs, irRu.get(0).<Long>getAs("articles"), run.output().toString());
      assertEquals(run.result().rowsUsed(), irRu.get(0).<Long>getAs("month_articles"));
      assertEquals(itemsets.count(), run.result().tableRows().get("itemsets"));
    }
  }

  @Test
  void textsWithoutWordsAreNeverCopies() {
    for (Run run : RUNS.values()) {
      Map<String, String> duplicates = duplicates(run);
      assertNull(duplicates.get("q2@2020-10-06"), run.output().toString());
      assertNull(duplicates.get("d2@2020-10-06"), "three words apart is below 0.9");
    }
  }

  @Test
  void hashTablesKeepTheMissProbabilityAtTheThresholdBelowOneInAMillion() {
    assertEquals(6, NearDuplicates.hashTables(0.9));
    assertEquals(3, NearDuplicates.hashTables(0.99));
    assertEquals(20, NearDuplicates.hashTables(0.3), "capped");
    assertEquals(1, NearDuplicates.hashTables(1.0));
    assertTrue(Math.pow(1 - 0.9, NearDuplicates.hashTables(0.9)) <= 1e-6);
    assertEquals(LocalDate.of(2020, 10, 6), RUNS.get(DedupMode.NEAR).result().firstDate());
  }
}
