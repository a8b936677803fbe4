package org.paivand.spark.count;

import static org.apache.spark.sql.functions.col;

import java.time.LocalDate;
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
 * The one counting step of {@code paivand run} and of nightly runs: from compact article rows to the rows of every
 * daily table (per corpus and per slice), with a single shuffle of counts.
 *
 * <ol>
 *   <li>Each task counts the used articles of its partition into a {@link DailyCounts} (plain Java, primitive maps)
 *       and emits its entries, one row per (slice, table, key): partial counts, far fewer rows than pairs of
 *       articles.
 *   <li>The entries are shuffled by publication month, so that a month's entries of every table meet in one task,
 *       which adds them into another {@link DailyCounts} and emits the final rows with entity indexes turned back
 *       into ids. A month's rows of a table therefore come out of one task: one file per month.
 * </ol>
 *
 * <p>The result ({@link #count}) holds the rows of all six daily tables; {@link #table} selects one in its output
 * columns. It is persisted, because each table is written by its own Spark job.
 */
public final class CountDaily {
  static final String MONTH = "month";
  static final String TABLE = "daily_table";
  static final String SLICE_KIND = "slice_kind";
  static final String SLICE = "slice";
  static final String KEY = "key";
  static final String VALUE = "value";
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

  static final StructType PARTIAL = new StructType()
      .add(MONTH, DataTypes.IntegerType, false)
      .add(SLICE_KIND, DataTypes.StringType)
      .add(SLICE, DataTypes.StringType)
      .add(TABLE, DataTypes.ByteType, false)
      .add(KEY, DataTypes.LongType, false)
      .add(VALUE, DataTypes.LongType, false);

  static final StructType DAILY = new StructType()
      .add(TABLE, DataTypes.StringType, false)
      .add(SLICE_KIND, DataTypes.StringType)
      .add(SLICE, DataTypes.StringType)
      .add(PUB_DAY, DataTypes.IntegerType, false)
      .add(ENTITY_A, DataTypes.StringType)
      .add(ENTITY_B, DataTypes.StringType)
      .add(SCOPE, DataTypes.StringType)
      .add(ENTITY, DataTypes.StringType)
      .add(ARTICLES, DataTypes.LongType, false)
      .add(SECOND, DataTypes.LongType);

  private CountDaily() {}

  /**
   * The rows of every daily table of {@code articles}' used rows, persisted (unpersist when written).
   *
   * @param articles the compact rows that count ({@code ArticleRows.counted}), whose {@code entities} are indexes
   *     into {@code dictionary}
   * @param dictionary entity index to id, in id order
   * @param sliceKinds {@code lang}, {@code source}: the slices counted besides the whole corpus
   */
  public static Dataset<Row> count(Dataset<Row> articles, String[] dictionary, List<String> sliceKinds) {
    if (dictionary.length > CountKeys.MAX_ENTITIES) {
      throw new IllegalArgumentException("a dictionary of " + dictionary.length + " entities is over the "
          + CountKeys.MAX_ENTITIES + " the counts hold");
    }
    Dataset<Row> partial = articles.mapPartitions(
        new CountPartition(articles.schema(), sliceKinds), Encoders.row(PARTIAL));
    return partial.repartition(col(MONTH))
        .mapPartitions(new CombineMonths(dictionary), Encoders.row(DAILY))
        .persist(StorageLevel.MEMORY_AND_DISK());
  }

  /** The rows of one daily table, in its output columns (with {@code pub_date}; the writer adds {@code pub_month}). */
  public static Dataset<Row> table(Dataset<Row> daily, OutputTable table) {
    Dataset<Row> rows = daily.filter(col(TABLE).equalTo(table.directory()));
    List<org.apache.spark.sql.Column> columns = new ArrayList<>();
    if (table.sliced()) {
      columns.add(col(SLICE_KIND));
      columns.add(col(SLICE));
    }
    columns.add(org.apache.spark.sql.functions.date_from_unix_date(col(PUB_DAY)).as(OutputTable.PUB_DATE));
    switch (table) {
      case PAIRS_DAILY, PAIRS_BY_SLICE -> {
        columns.add(col(ENTITY_A));
        columns.add(col(ENTITY_B));
        columns.add(col(SCOPE));
        columns.add(col(ARTICLES));
        columns.add(col(SECOND).as("sentences"));
      }
      case ENTITIES_DAILY, ENTITIES_BY_SLICE -> {
        columns.add(col(ENTITY));
        columns.add(col(ARTICLES));
        columns.add(col(SECOND).as("mentions"));
      }
      case TOTALS_DAILY, TOTALS_BY_SLICE -> columns.add(col(ARTICLES));
      default -> throw new IllegalArgumentException(table + " is not a daily table");
    }
    return rows.select(columns.toArray(org.apache.spark.sql.Column[]::new));
  }

  /** The table a slice's entries belong to. */
  static OutputTable outputTable(Table table, boolean sliced) {
    return switch (table) {
      case PAIRS -> sliced ? OutputTable.PAIRS_BY_SLICE : OutputTable.PAIRS_DAILY;
      case ENTITIES -> sliced ? OutputTable.ENTITIES_BY_SLICE : OutputTable.ENTITIES_DAILY;
      case TOTALS -> sliced ? OutputTable.TOTALS_BY_SLICE : OutputTable.TOTALS_DAILY;
    };
  }

  /** yyyy * 12 + month - 1 of an epoch day: the shuffle key that keeps a month's entries together. */
  static int month(int epochDay) {
    LocalDate date = LocalDate.ofEpochDay(epochDay);
    return date.getYear() * 12 + date.getMonthValue() - 1;
  }

  /** The counts' entries as rows made one at a time, so that a task never holds them all as rows. */
  static Iterator<Row> rows(DailyCounts counts, java.util.function.BiFunction<DailyCounts.Cursor, Integer, Row> row) {
    DailyCounts.Cursor cursor = counts.cursor();
    return new Iterator<>() {
      private Boolean ahead;

      @Override
      public boolean hasNext() {
        if (ahead == null) {
          ahead = cursor.next();
        }
        return ahead;
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        ahead = null;
        return row.apply(cursor, cursor.slice());
      }
    };
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
      int[] months = new int[1 << 17];
      return rows(counts, (cursor, slice) -> RowFactory.create(monthOf(months, CountKeys.day(cursor.table(),
          cursor.key())), counts.sliceKind(slice), counts.sliceValue(slice), (byte) cursor.table().ordinal(),
          cursor.key(), cursor.value()));
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

  /** Step 2: a month's entries added up and turned into output rows, entity indexes into ids. */
  static final class CombineMonths implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final String[] dictionary;

    CombineMonths(String[] dictionary) {
      this.dictionary = dictionary;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> entries) {
      DailyCounts counts = new DailyCounts();
      Table[] tables = Table.values();
      while (entries.hasNext()) {
        Row entry = entries.next();
        int slice = counts.slice(entry.getString(1), entry.getString(2));
        counts.add(slice, tables[entry.getByte(3)], entry.getLong(4), entry.getLong(5));
      }
      return rows(counts, (cursor, slice) -> row(counts, slice, cursor.table(), cursor.key(), cursor.value()));
    }

    private Row row(DailyCounts counts, int slice, Table table, long key, long value) {
      String name = outputTable(table, slice != DailyCounts.ALL).directory();
      String kind = counts.sliceKind(slice);
      String sliceValue = counts.sliceValue(slice);
      long articles = DailyCounts.articles(table, value);
      return switch (table) {
        case PAIRS -> {
          boolean sentence = CountKeys.pairScope(key) == CountKeys.SENTENCE;
          yield RowFactory.create(name, kind, sliceValue, CountKeys.pairDay(key),
              dictionary[CountKeys.pairFirst(key)], dictionary[CountKeys.pairSecond(key)],
              sentence ? SCOPE_SENTENCE : SCOPE_DOCUMENT, null, articles,
              sentence ? DailyCounts.second(value) : null);
        }
        case ENTITIES -> RowFactory.create(name, kind, sliceValue, CountKeys.entityDay(key), null, null, null,
            dictionary[CountKeys.entityOf(key)], articles, DailyCounts.second(value));
        case TOTALS -> RowFactory.create(name, kind, sliceValue, CountKeys.dayOf(key), null, null, null, null,
            articles, null);
      };
    }
  }
}
