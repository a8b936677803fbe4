package org.paivand.spark.extract;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.date_from_unix_date;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.transform;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.paivand.article.ArticleFacts;
import org.paivand.article.ArticleFactsCodec;
import org.paivand.output.OutputTable;

/**
 * The per-article output tables, made from compact rows: {@code articles} and {@code mentions} of the articles that
 * count, {@code rejects} of the rows that were not used. The mention rows are made from the compact {@code facts}
 * after the rows have been spread by publication month (Spark's {@code rebalance}, which also splits a month too
 * large for one task), so a mention never crosses a shuffle as a row of its own.
 */
public final class ArticleRows {
  private static final StructType MENTIONS = new StructType()
      .add("id", DataTypes.StringType)
      .add("pub_day", DataTypes.IntegerType)
      .add("entity", DataTypes.StringType)
      .add("sentence", DataTypes.IntegerType)
      .add("start", DataTypes.IntegerType)
      .add("end", DataTypes.IntegerType)
      .add("sentence_text", DataTypes.StringType)
      .add(OutputTable.PUB_MONTH, DataTypes.StringType);

  private ArticleRows() {}

  /**
   * The accepted rows that count: not rejected, and not a copy ({@code excluded}: sorted row keys, from
   * {@code Exclusions.rowKeys()}).
   */
  public static Dataset<Row> counted(Dataset<Row> compact, long[] excluded) {
    Dataset<Row> accepted = compact.filter(col(CompactArticles.REASON).isNull());
    if (excluded.length == 0) {
      return accepted;
    }
    int rowKey = compact.schema().fieldIndex(CompactArticles.ROW_KEY);
    return accepted.filter((FilterFunction<Row>) row -> Arrays.binarySearch(excluded, row.getLong(rowKey)) < 0);
  }

  /** The {@code articles} table of the counted rows, spread by month. */
  public static Dataset<Row> articles(Dataset<Row> counted, String[] dictionary) {
    Column ids = transform(col(CompactArticles.ENTITIES), index -> element_at(lit(dictionary), index.plus(1)));
    return byMonth(counted).select(col(CompactArticles.ID).as("id"), col(OutputTable.PUB_DATE),
        col(CompactArticles.LANG).as("lang"), col(CompactArticles.TEXT_LENGTH).as("text_length"),
        col(CompactArticles.TEXT_TRUNCATED).as("text_truncated"), col(CompactArticles.SENTENCES).as("sentences"),
        col(CompactArticles.TEXT_HASH).as("text_hash"), ids.as("entities"), col(OutputTable.PUB_MONTH));
  }

  /**
   * The {@code mentions} table of the counted rows: one row per mention, with {@code sentence_text} when the text
   * pass kept the sentences ({@code --mentions-text}).
   */
  public static Dataset<Row> mentions(Dataset<Row> counted, String[] dictionary, boolean withText) {
    List<Column> columns = new java.util.ArrayList<>(List.of(col(CompactArticles.ID), col(CompactArticles.PUB_DAY),
        col(CompactArticles.FACTS), col(CompactArticles.ENTITIES), col(OutputTable.PUB_MONTH)));
    columns.add(withText ? col(CompactArticles.SENTENCE_TEXTS)
        : lit(null).cast(DataTypes.createArrayType(DataTypes.StringType)).as(CompactArticles.SENTENCE_TEXTS));
    StructType schema = withText ? MENTIONS : dropText(MENTIONS);
    Dataset<Row> rows = byMonth(counted).select(columns.toArray(Column[]::new))
        .mapPartitions(new ExplodeMentions(dictionary, withText), Encoders.row(schema));
    return rows.withColumn(OutputTable.PUB_DATE, date_from_unix_date(col("pub_day"))).drop("pub_day")
        .select(withText ? new Column[] {col("id"), col(OutputTable.PUB_DATE), col("entity"), col("sentence"),
            col("start"), col("end"), col("sentence_text"), col(OutputTable.PUB_MONTH)}
            : new Column[] {col("id"), col(OutputTable.PUB_DATE), col("entity"), col("sentence"), col("start"),
            col("end"), col(OutputTable.PUB_MONTH)});
  }

  /**
   * The {@code rejects} table: every rejected row with its reason and raw fields, and its delivery
   * ({@code ingest_date}) when {@code withDelivery} (a nightly output keeps rejects per delivery).
   */
  public static Dataset<Row> rejects(Dataset<Row> compact, boolean withDelivery) {
    List<Column> columns = new java.util.ArrayList<>(List.of(col(CompactArticles.ID).as("id"),
        col(CompactArticles.REASON).as("reason"), col(CompactArticles.DETAIL).as("detail"),
        col(CompactArticles.RAW_DATE).as("raw_date"), col(CompactArticles.LANG).as("lang"),
        col(CompactArticles.RAW_TEXT).as("text")));
    if (withDelivery) {
      columns.add(col(CompactArticles.INGEST_DATE));
    }
    return compact.filter(col(CompactArticles.REASON).isNotNull()).select(columns.toArray(Column[]::new));
  }

  /** Observed while writing {@code rejects}: rows per reason. */
  public static Column[] rejectsByReason() {
    return RejectReason.ALL.stream().map(reason -> org.apache.spark.sql.functions.count(
        org.apache.spark.sql.functions.when(col("reason").equalTo(reason), lit(1))).as(reason))
        .toArray(Column[]::new);
  }

  /** With {@code pub_date} and {@code pub_month}, spread so that a month's rows meet in as few tasks as fit. */
  private static Dataset<Row> byMonth(Dataset<Row> counted) {
    Column date = date_from_unix_date(col(CompactArticles.PUB_DAY));
    return counted.withColumn(OutputTable.PUB_DATE, date)
        .withColumn(OutputTable.PUB_MONTH, date_format(date, "yyyy-MM"))
        .hint("rebalance", col(OutputTable.PUB_MONTH));
  }

  private static StructType dropText(StructType schema) {
    StructType result = new StructType();
    for (var field : schema.fields()) {
      if (!field.name().equals("sentence_text")) {
        result = result.add(field);
      }
    }
    return result;
  }

  /** One mention row per mention in an article's facts; the sentence texts are walked in step (both in text order). */
  static final class ExplodeMentions implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final String[] dictionary;
    private final boolean withText;

    ExplodeMentions(String[] dictionary, boolean withText) {
      this.dictionary = dictionary;
      this.withText = withText;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> articles) {
      ArticleFacts facts = new ArticleFacts();
      ArticleFactsCodec codec = new ArticleFactsCodec();
      return new Iterator<>() {
        private Row article;
        private int mention;
        private int sentenceText;
        private int lastSentence;
        private List<Integer> entities;
        private List<String> texts;

        @Override
        public boolean hasNext() {
          while (article == null || mention >= facts.mentionCount()) {
            if (!articles.hasNext()) {
              return false;
            }
            article = articles.next();
            codec.decode(article.getAs(2), facts);
            entities = article.getList(3);
            texts = withText ? article.getList(5) : null;
            mention = 0;
            sentenceText = -1;
            lastSentence = -1;
          }
          return true;
        }

        @Override
        public Row next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          int m = mention++;
          int sentence = facts.mentionSentence(m);
          String entity = dictionary[entities.get(facts.mentionEntity(m))];
          if (!withText) {
            return RowFactory.create(article.getString(0), article.getInt(1), entity, sentence,
                facts.mentionStart(m), facts.mentionEnd(m), article.getString(4));
          }
          if (sentence != lastSentence) {
            sentenceText++;
            lastSentence = sentence;
          }
          return RowFactory.create(article.getString(0), article.getInt(1), entity, sentence,
              facts.mentionStart(m), facts.mentionEnd(m), texts.get(sentenceText), article.getString(4));
        }
      };
    }
  }
}
