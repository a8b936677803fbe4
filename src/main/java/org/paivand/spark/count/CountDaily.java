package org.paivand.spark.count;

import static org.apache.spark.sql.functions.col;

import com.carrotsearch.hppc.LongArrayList;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.paivand.article.ArticleFacts;
import org.paivand.article.ArticleFactsCodec;
import org.paivand.count.CountKeys;
import org.paivand.count.DailyCounts;
import org.paivand.count.DailyCounts.Table;
import org.paivand.output.OutputTable;
import org.paivand.spark.extract.CompactArticles;

/**
 * The one counting step of {@code paivand run} and of nightly runs: from compact article rows to the files of every
 * daily table (per corpus and per slice), with a single shuffle of counts and one Spark job.
 *
 * <ol>
 *   <li>Each task counts the used articles of its partition into a {@link DailyCounts} (plain Java, primitive maps)
 *       and emits its entries, one row per (slice, table, key): partial counts, far fewer rows than pairs of
 *       articles.
 *   <li>The entries are shuffled by publication month, so that a month's entries of every table meet in one task,
 *       which adds them into another {@link DailyCounts} and writes the month's files of every table
 *       ({@link DailyFiles}), entity indexes turned back into ids: one file per table and month.
 * </ol>
 */
public final class CountDaily {
  static final String MONTH = "month";
  static final String TABLE = "daily_table";
  static final String SLICE_KIND = "slice_kind";
  static final String SLICE = "slice";
  static final String ENTRIES = "entries";
  static final String PUB_DAY = "pub_day";
  static final String ENTITY_A = "entity_a";
  static final String ENTITY_B = "entity_b";
  static final String ENTITY = "entity";
  static final String SCOPE = "scope";
  static final String ARTICLES = "articles";
  static final String SECOND = "second";
  public static final String SCOPE_DOCUMENT = "document";
  public static final String SCOPE_SENTENCE = "sentence";
  public static final String LANG = "lang";
  public static final String SOURCE = "source";

  /**
   * A task's partial counts of one month, slice and table: the entries as (key, value) longs packed in one binary
   * value. A row per entry cost more in Row objects and serialization than the counting itself (measured on 200,000
   * real articles: 3.2 million entry rows); a row per month and table moves the same numbers as a few thousand rows.
   */
  static final StructType PARTIAL = new StructType()
      .add(MONTH, DataTypes.IntegerType, false)
      .add(SLICE_KIND, DataTypes.StringType)
      .add(SLICE, DataTypes.StringType)
      .add(TABLE, DataTypes.ByteType, false)
      .add(ENTRIES, DataTypes.BinaryType, false);

  private CountDaily() {}

  /**
   * Counts the articles into every daily table and writes the tables (each under {@code directories}, by table name),
   * in one Spark job; returns, per table, what the tasks wrote ({@link DailyFiles#WRITTEN}).
   *
   * @param articles the compact rows that count ({@code ArticleRows.counted}), whose {@code entities} are indexes
   *     into {@code dictionary}
   * @param dictionary entity index to id, in id order
   * @param sliceKinds {@code lang}, {@code source}: the slices counted besides the whole corpus
   */
  public static List<Row> countAndWrite(Dataset<Row> articles, String[] dictionary, List<String> sliceKinds,
      java.util.Map<String, String> directories) {
    if (dictionary.length > CountKeys.MAX_ENTITIES) {
      throw new IllegalArgumentException("a dictionary of " + dictionary.length + " entities is over the "
          + CountKeys.MAX_ENTITIES + " the counts hold");
    }
    Dataset<Row> partial = articles.mapPartitions(
        new CountPartition(articles.schema(), sliceKinds), Encoders.row(PARTIAL));
    org.apache.spark.util.SerializableConfiguration hadoop = new org.apache.spark.util.SerializableConfiguration(
        articles.sparkSession().sparkContext().hadoopConfiguration());
    return partial.repartition(col(MONTH))
        .mapPartitions(new DailyFiles(dictionary, directories, !sliceKinds.isEmpty(), hadoop),
            Encoders.row(DailyFiles.WRITTEN))
        .collectAsList();
  }

  /** yyyy * 12 + month - 1 of an epoch day: the shuffle key that keeps a month's entries together. */
  static int month(int epochDay) {
    LocalDate date = LocalDate.ofEpochDay(epochDay);
    return date.getYear() * 12 + date.getMonthValue() - 1;
  }

  /** Step 1: a partition's used articles counted, emitted as entries. */
  static final class CountPartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final boolean lang;
    private final boolean source;
    private final int rowKey;
    private final int reason;
    private final int pubDay;
    private final int langField;
    private final int sourceField;
    private final int entities;
    private final int facts;

    CountPartition(StructType schema, List<String> sliceKinds) {
      this.lang = sliceKinds.contains(LANG);
      this.source = sliceKinds.contains(SOURCE);
      this.rowKey = schema.fieldIndex(CompactArticles.ROW_KEY);
      this.reason = schema.fieldIndex(CompactArticles.REASON);
      this.pubDay = schema.fieldIndex(CompactArticles.PUB_DAY);
      this.langField = schema.fieldIndex(CompactArticles.LANG);
      this.sourceField = schema.fieldIndex(CompactArticles.SOURCE);
      this.entities = schema.fieldIndex(CompactArticles.ENTITIES);
      this.facts = schema.fieldIndex(CompactArticles.FACTS);
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      DailyCounts counts = new DailyCounts();
      ArticleFacts article = new ArticleFacts();
      ArticleFactsCodec codec = new ArticleFactsCodec();
      while (rows.hasNext()) {
        Row row = rows.next();
        if (!row.isNullAt(reason)) {
          continue; // a rejected row never counts; the caller has left out the copies
        }
        int count = codec.decode(row.<byte[]>getAs(facts), article);
        List<Integer> indexes = row.getList(entities);
        if (indexes.size() != count) {
          throw new IllegalStateException("row " + row.getLong(rowKey) + " has " + indexes.size()
              + " entities but facts for " + count);
        }
        for (int k = 0; k < count; k++) {
          article.setEntity(k, indexes.get(k));
        }
        int day = row.getInt(pubDay);
        counts.add(DailyCounts.ALL, day, article);
        if (lang && !row.isNullAt(langField)) {
          counts.add(counts.slice(LANG, row.getString(langField)), day, article);
        }
        if (source && !row.isNullAt(sourceField)) {
          counts.add(counts.slice(SOURCE, row.getString(sourceField)), day, article);
        }
      }
      return packed(counts).iterator();
    }

    /** One row per month, slice and table, its entries packed as (key, value) pairs of big-endian longs. */
    private static List<Row> packed(DailyCounts counts) {
      int[] months = new int[1 << 17];
      Map<Long, LongArrayList> groups = new HashMap<>();
      DailyCounts.Cursor cursor = counts.cursor();
      while (cursor.next()) {
        long month = monthOf(months, CountKeys.day(cursor.table(), cursor.key()));
        long group = (month << 20 | cursor.slice()) << 2 | cursor.table().ordinal();
        LongArrayList entries = groups.computeIfAbsent(group, g -> new LongArrayList());
        entries.add(cursor.key());
        entries.add(cursor.value());
      }
      List<Row> rows = new ArrayList<>(groups.size());
      groups.forEach((group, entries) -> {
        int slice = (int) (group >>> 2 & ((1 << 20) - 1));
        ByteBuffer bytes = ByteBuffer.allocate(entries.size() * Long.BYTES);
        for (int i = 0; i < entries.size(); i++) {
          bytes.putLong(entries.get(i));
        }
        rows.add(RowFactory.create((int) (group >>> 22), counts.sliceKind(slice), counts.sliceValue(slice),
            (byte) (group & 3), bytes.array()));
      });
      return rows;
    }

    /** The month of a day, computed once per day of the partition: entries come in hash order, not by day. */
    private static int monthOf(int[] months, int epochDay) {
      int offset = (int) (epochDay - CountKeys.FIRST_DAY.toEpochDay());
      if (months[offset] == 0) {
        months[offset] = month(epochDay) + 1;
      }
      return months[offset] - 1;
    }
  }
}
