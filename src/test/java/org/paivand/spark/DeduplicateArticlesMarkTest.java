package org.paivand.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * {@link DeduplicateArticles#mark} on rows made by hand: the status of each row, whether the losing copies' keys are
 * broadcast or joined by a shuffle.
 */
class DeduplicateArticlesMarkTest {
  static final StructType SCHEMA = new StructType()
      .add("row", DataTypes.StringType) // names the row in the assertions
      .add(ArticleSchema.ID, DataTypes.StringType)
      .add(ArticleSchema.PUB_DAY, DataTypes.IntegerType)
      .add(ArticleSchema.REASON, DataTypes.StringType)
      .add(ArticleSchema.TEXT_HASH, DataTypes.LongType)
      .add(ArticleSchema.TEXT_LENGTH, DataTypes.IntegerType)
      .add(DeduplicateArticles.INGEST_DATE, DataTypes.StringType);

  static Row row(String name, String id, int day, String reason, long hash, int length, String ingest) {
    return RowFactory.create(name, id, day, reason, hash, length, ingest);
  }

  static final List<Row> ROWS = List.of(
      row("single", "a", 10, null, 1, 100, null),
      row("b-late", "b", 12, null, 2, 100, null),
      row("b-early", "b", 11, null, 3, 100, null), // earliest day wins
      row("b-rejected", "b", 9, "missing_date", 4, 100, null), // rejected rows are never copies
      row("c-hash-9", "c", 5, null, 9, 100, null),
      row("c-hash-7", "c", 5, null, 7, 100, null), // same day: smallest hash
      row("c-hash-8", "c", 5, null, 8, 100, null),
      row("d-old-delivery", "d", 1, null, 1, 100, "2024-01-01"),
      row("d-new-delivery", "d", 3, null, 1, 100, "2024-02-01"), // latest delivery wins over the earlier day
      row("e-rejected", "e", 0, "empty_text", 0, 0, null));

  static final Map<String, String> EXPECTED = Map.of(
      "single", "used", "b-late", "duplicate", "b-early", "used", "b-rejected", "rejected",
      "c-hash-9", "duplicate", "c-hash-7", "used", "c-hash-8", "duplicate",
      "d-old-delivery", "duplicate", "d-new-delivery", "used", "e-rejected", "rejected");

  private static Map<String, String> statuses(Dataset<Row> marked) {
    Map<String, String> result = new TreeMap<>();
    for (Row row : marked.select("row", DeduplicateArticles.STATUS).collectAsList()) {
      result.put(row.getString(0), row.getString(1));
    }
    return result;
  }

  private static Dataset<Row> articles(List<Row> rows, int partitions) {
    return SharedSpark.session().createDataFrame(rows, SCHEMA).repartition(partitions).cache();
  }

  @Test
  void eachRowIsUsedDuplicateOrRejectedByTheRules() {
    Dataset<Row> articles = articles(ROWS, 3);
    assertEquals(new TreeMap<>(EXPECTED), statuses(DeduplicateArticles.mark(articles)));
    // the other columns pass through, and no helper column is left
    assertEquals(List.of(SCHEMA.fieldNames()).size() + 1, DeduplicateArticles.mark(articles).columns().length);
    articles.unpersist();
  }

  @Test
  void manyCopiesJoinedByAShuffleGiveTheSameMarksAsBroadcast() {
    Random random = new Random(3);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      String id = "id-" + random.nextInt(1_000);
      rows.add(row("r" + i, id, random.nextInt(30), random.nextInt(20) == 0 ? "missing_date" : null,
          random.nextInt(5), 100 + random.nextInt(3), random.nextBoolean() ? null : "2024-01-0" + (1 + random.nextInt(3))));
    }
    Dataset<Row> articles = articles(rows, 4);
    Map<String, String> broadcast = statuses(DeduplicateArticles.mark(articles));
    Map<String, String> shuffled = statuses(DeduplicateArticles.mark(articles, 0));
    assertEquals(broadcast, shuffled);
    // one used row per id among accepted rows, whatever the path
    long ids = rows.stream().filter(r -> r.isNullAt(3)).map(r -> r.getString(1)).distinct().count();
    assertEquals(ids, shuffled.values().stream().filter("used"::equals).count());
    assertEquals(rows.stream().filter(r -> !r.isNullAt(3)).count(),
        shuffled.values().stream().filter("rejected"::equals).count());
    articles.unpersist();
  }
}
