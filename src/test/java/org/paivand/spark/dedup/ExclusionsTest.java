package org.paivand.spark.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.paivand.spark.SharedSpark;
import org.paivand.spark.extract.CompactArticles;
import org.paivand.spark.job.DedupMode;

/**
 * {@link Exclusions#of} on compact rows made by hand: which rows lose to another row of their id, by the rules, and
 * the same answer as the rule applied in plain Java on many random rows over several partitions.
 */
class ExclusionsTest {
  static final StructType SCHEMA = new StructType()
      .add(CompactArticles.ROW_KEY, DataTypes.LongType, false)
      .add(CompactArticles.ID, DataTypes.StringType)
      .add(CompactArticles.PUB_DAY, DataTypes.IntegerType)
      .add(CompactArticles.REASON, DataTypes.StringType)
      .add(CompactArticles.TEXT_HASH, DataTypes.LongType)
      .add(CompactArticles.TEXT_LENGTH, DataTypes.IntegerType)
      .add(CompactArticles.INGEST_DATE, DataTypes.StringType);

  record Article(long key, String id, int day, String reason, long hash, int length, String ingest) {
    Row row() {
      return RowFactory.create(key, id, day, reason, hash, length, ingest);
    }
  }

  static final List<Article> ROWS = List.of(
      new Article(1, "a", 10, null, 1, 100, null), // single
      new Article(2, "b", 12, null, 2, 100, null),
      new Article(3, "b", 11, null, 3, 100, null), // earliest day wins
      new Article(4, "b", 9, "missing_date", 4, 100, null), // rejected rows are never copies
      new Article(5, "c", 5, null, 9, 100, null),
      new Article(6, "c", 5, null, 7, 100, null), // same day: smallest hash
      new Article(7, "c", 5, null, 8, 100, null),
      new Article(8, "d", 1, null, 1, 100, "2024-01-01"),
      new Article(9, "d", 3, null, 1, 100, "2024-02-01"), // latest delivery wins over the earlier day
      new Article(10, "e", 0, "missing_text", 0, 0, null),
      new Article(11, "f", 4, null, 5, 120, null),
      new Article(12, "f", 4, null, 5, 110, null)); // same day and hash: shortest text

  private static Dataset<Row> articles(List<Article> rows, int partitions) {
    return SharedSpark.session().createDataFrame(rows.stream().map(Article::row).toList(), SCHEMA)
        .repartition(partitions);
  }

  private static Set<Long> excluded(Exclusions exclusions) {
    return java.util.Arrays.stream(exclusions.rowKeys()).boxed().collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void theLosingCopiesOfEachIdAreExcludedByTheRules() {
    Exclusions exclusions = Exclusions.of(articles(ROWS, 3), DedupMode.NONE, 0.9);
    assertEquals(new TreeSet<>(List.of(2L, 5L, 7L, 8L, 11L)), excluded(exclusions));
    assertEquals(5, exclusions.counts(DedupMode.NONE, 0.9).byId());
    // a duplicates row names the kept row's day: b's copy on day 12 lost to day 11
    Map<String, Integer> keptDay = new TreeMap<>();
    exclusions.rows().forEach(row -> keptDay.put(row.getString(0) + "@" + row.getInt(1), row.getInt(3)));
    assertEquals(11, keptDay.get("b@12"));
    assertEquals(3, keptDay.get("d@1"));
    assertEquals(Map.of(2L, 12, 5L, 5, 7L, 5, 8L, 1, 11L, 4), exclusions.daysByRowKey());
  }

  @Test
  void manyRandomRowsOverPartitionsGiveTheRuleComputedInJava() {
    Random random = new Random(3);
    List<Article> rows = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      rows.add(new Article(i, "id-" + random.nextInt(1_000), random.nextInt(30),
          random.nextInt(20) == 0 ? "missing_date" : null, random.nextInt(5), 100 + random.nextInt(3),
          random.nextBoolean() ? null : "2024-01-0" + (1 + random.nextInt(3))));
    }
    Comparator<Article> best = Comparator
        .comparing((Article a) -> a.ingest() == null ? "" : a.ingest(), Comparator.reverseOrder())
        .thenComparingInt(Article::day).thenComparingLong(Article::hash).thenComparingInt(Article::length)
        .thenComparingLong(Article::key);
    Set<Long> expected = new TreeSet<>();
    rows.stream().filter(a -> a.reason() == null).collect(Collectors.groupingBy(Article::id)).values()
        .forEach(copies -> copies.stream().sorted(best).skip(1).forEach(a -> expected.add(a.key())));
    assertEquals(expected, excluded(Exclusions.of(articles(rows, 4), DedupMode.NONE, 0.9)));
  }
}
