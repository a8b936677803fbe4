package org.paivand.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_from_unix_date;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map_from_entries;
import static org.apache.spark.sql.functions.sum;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The daily aggregates, from the articles a run uses, by DataFrame operations only (no collect): see
 * {@code docs/outputs.md} for the meaning of every column.
 */
final class DailyTables {
  static final String PUB_DATE = "pub_date";
  static final String PUB_MONTH = "pub_month";
  static final String SCOPE_DOCUMENT = "document";
  static final String SCOPE_SENTENCE = "sentence";

  private DailyTables() {}

  static Dataset<Row> totals(Dataset<Row> used) {
    return withDate(used).groupBy(PUB_DATE).agg(count(lit(1)).as("articles"));
  }

  static Dataset<Row> entities(Dataset<Row> used) {
    return withDate(used)
        .select(col(PUB_DATE), explode(col(ArticleSchema.ENTITIES)).as("e"))
        .groupBy(col(PUB_DATE), col("e.entity").as("entity"))
        .agg(count(lit(1)).as("articles"), sum(col("e.mentions")).cast("long").as("mentions"));
  }

  static Dataset<Row> pairs(Dataset<Row> used) {
    Dataset<Row> withDate = withDate(used);
    Dataset<Row> document = withDate
        .select(col(PUB_DATE), explode(col(ArticleSchema.DOCUMENT_PAIRS)).as("p"))
        .groupBy(col(PUB_DATE), col("p.entity_a").as("entity_a"), col("p.entity_b").as("entity_b"))
        .agg(count(lit(1)).as("articles"))
        .select(col(PUB_DATE), col("entity_a"), col("entity_b"), lit(SCOPE_DOCUMENT).as("scope"), col("articles"),
            lit(null).cast("long").as("sentences"));
    Dataset<Row> sentence = withDate
        .select(col(PUB_DATE), explode(col(ArticleSchema.SENTENCE_PAIRS)).as("p"))
        .groupBy(col(PUB_DATE), col("p.entity_a").as("entity_a"), col("p.entity_b").as("entity_b"))
        .agg(count(lit(1)).as("articles"), sum(col("p.sentences")).cast("long").as("sentences"))
        .select(col(PUB_DATE), col("entity_a"), col("entity_b"), lit(SCOPE_SENTENCE).as("scope"), col("articles"),
            col("sentences"));
    return document.unionByName(sentence);
  }

  /** The article's sentence texts become a map once per article, then each mention looks its sentence up. */
  static Dataset<Row> mentions(Dataset<Row> used) {
    return withDate(used)
        .select(col(ArticleSchema.ID).as("id"), col(PUB_DATE),
            map_from_entries(col(ArticleSchema.SENTENCE_TEXTS)).as("texts"),
            explode(col(ArticleSchema.MENTIONS)).as("m"))
        .select(col("id"), col(PUB_DATE), col("m.entity").as("entity"), col("m.sentence").as("sentence"),
            col("m.start").as("start"), col("m.end").as("end"),
            element_at(col("texts"), col("m.sentence")).as("sentence_text"));
  }

  static Dataset<Row> articles(Dataset<Row> used) {
    return withDate(used).select(col(ArticleSchema.ID).as("id"), col(PUB_DATE), col(ArticleSchema.LANG),
        col(ArticleSchema.TEXT_LENGTH), col(ArticleSchema.TEXT_TRUNCATED), col(ArticleSchema.SENTENCES), col(ArticleSchema.TEXT_HASH),
        col(ArticleSchema.ENTITIES + ".entity").as("entities"));
  }

  static Dataset<Row> rejects(Dataset<Row> rejected) {
    return rejected.select(col(ArticleSchema.ID).as("id"), col(ArticleSchema.REASON).as("reason"),
        col(ArticleSchema.DETAIL).as("detail"), col(ArticleSchema.RAW_DATE).as("raw_date"),
        col(ArticleSchema.LANG).as("lang"), col(ArticleSchema.RAW_TEXT).as("text"));
  }

  private static Dataset<Row> withDate(Dataset<Row> used) {
    return used.withColumn(PUB_DATE, date_from_unix_date(col(ArticleSchema.PUB_DAY)));
  }
}
