package org.paivand.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_from_unix_date;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The daily tables once more, per slice of the corpus: per language ({@code slice_kind = lang}) and per source
 * ({@code slice_kind = source}) when the input has those columns, so that a series of the Persian press is divided by
 * the volume of the Persian press. Same columns and meaning as {@link DailyTables}, plus {@code slice_kind} and
 * {@code slice} (the column's value). An article whose value is null is in no slice of that kind; the all-corpus
 * figures stay in the unsliced tables, whose rows and meaning do not change.
 */
final class SliceDailyTables {
  static final String PAIRS = "pairs_daily_by_slice";
  static final String ENTITIES = "entities_daily_by_slice";
  static final String TOTALS = "totals_daily_by_slice";
  static final String SLICE_KIND = "slice_kind";
  static final String SLICE = "slice";
  static final String LANG = "lang";
  static final String SOURCE = "source";

  private SliceDailyTables() {}

  static Dataset<Row> totals(Dataset<Row> used, List<String> kinds) {
    return sliced(used, kinds).groupBy(col(SLICE_KIND), col(SLICE), col(DailyTables.PUB_DATE))
        .agg(count(lit(1)).as("articles"));
  }

  static Dataset<Row> entities(Dataset<Row> used, List<String> kinds) {
    return sliced(used, kinds)
        .select(col(SLICE_KIND), col(SLICE), col(DailyTables.PUB_DATE), explode(col(ArticleSchema.ENTITIES)).as("e"))
        .groupBy(col(SLICE_KIND), col(SLICE), col(DailyTables.PUB_DATE), col("e.entity").as("entity"))
        .agg(count(lit(1)).as("articles"), sum(col("e.mentions")).cast("long").as("mentions"));
  }

  static Dataset<Row> pairs(Dataset<Row> used, List<String> kinds) {
    Dataset<Row> sliced = sliced(used, kinds);
    Dataset<Row> document = sliced
        .select(col(SLICE_KIND), col(SLICE), col(DailyTables.PUB_DATE),
            explode(col(ArticleSchema.DOCUMENT_PAIRS)).as("p"))
        .groupBy(col(SLICE_KIND), col(SLICE), col(DailyTables.PUB_DATE), col("p.entity_a").as("entity_a"),
            col("p.entity_b").as("entity_b"))
        .agg(count(lit(1)).as("articles"))
        .select(col(SLICE_KIND), col(SLICE), col(DailyTables.PUB_DATE), col("entity_a"), col("entity_b"),
            lit(DailyTables.SCOPE_DOCUMENT).as("scope"), col("articles"), lit(null).cast("long").as("sentences"));
    Dataset<Row> sentence = sliced
        .select(col(SLICE_KIND), col(SLICE), col(DailyTables.PUB_DATE),
            explode(col(ArticleSchema.SENTENCE_PAIRS)).as("p"))
        .groupBy(col(SLICE_KIND), col(SLICE), col(DailyTables.PUB_DATE), col("p.entity_a").as("entity_a"),
            col("p.entity_b").as("entity_b"))
        .agg(count(lit(1)).as("articles"), sum(col("p.sentences")).cast("long").as("sentences"))
        .select(col(SLICE_KIND), col(SLICE), col(DailyTables.PUB_DATE), col("entity_a"), col("entity_b"),
            lit(DailyTables.SCOPE_SENTENCE).as("scope"), col("articles"), col("sentences"));
    return document.unionByName(sentence);
  }

  /** Each used article once per slice kind whose value it has, with {@code slice_kind}, {@code slice}, date. */
  private static Dataset<Row> sliced(Dataset<Row> used, List<String> kinds) {
    Column[] slices = kinds.stream()
        .map(kind -> struct(lit(kind).as(SLICE_KIND), col(column(kind)).as(SLICE)))
        .toArray(Column[]::new);
    return used.withColumn(DailyTables.PUB_DATE, date_from_unix_date(col(ArticleSchema.PUB_DAY)))
        .withColumn("s", explode(array(slices)))
        .filter(col("s." + SLICE).isNotNull())
        .withColumn(SLICE_KIND, col("s." + SLICE_KIND))
        .withColumn(SLICE, col("s." + SLICE))
        .drop("s");
  }

  private static String column(String kind) {
    return switch (kind) {
      case LANG -> ArticleSchema.LANG;
      case SOURCE -> ArticleSchema.SOURCE;
      default -> throw new IllegalArgumentException("unknown slice kind " + kind);
    };
  }
}
