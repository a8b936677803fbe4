package org.paivand.spark.timeseries;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.date_from_unix_date;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.unix_date;

import com.carrotsearch.hppc.IntArrayList;
import com.carrotsearch.hppc.LongArrayList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.paivand.output.OutputTable;
import org.paivand.output.TableWriter;
import org.paivand.series.EntityPair;
import org.paivand.series.Granularity;
import org.paivand.series.SeriesCalendar;
import org.paivand.series.SeriesRows;
import org.paivand.series.SliceTotals;
import org.paivand.spark.job.SeriesOptions;

/**
 * The {@code timeseries} table (columns and formulas in {@code docs/metrics.md}) from the daily tables of an output,
 * so that {@code run --timeseries}, {@code paivand series} and a nightly update after changing the daily tables all
 * get the same rows from the same tables.
 *
 * <p>Spark gathers each series' daily counts into one row (one shuffle of the pair counts, the entity counts joined
 * to them) and the pure {@link SeriesRows} computes every granularity, window and statistic of that series in plain
 * Java ({@link TimeSeriesStatistics}). The slices' daily totals are small (a row per day and slice): they are read
 * to the driver once, with the range of days and the calendar of periods ({@link SeriesCalendar}, ICU for the Jalali
 * ones), and travel with the function.
 */
public final class TimeSeriesTables {

  static final String SCOPE = "scope";
  static final String ENTITY_A = "entity_a";
  static final String ENTITY_B = "entity_b";
  static final String WATCHLIST = "watchlist";
  static final String SENTENCE = OutputTable.SCOPE_SENTENCE;

  private static final StructType WATCHED = new StructType()
      .add(OutputTable.SLICE_KIND, DataTypes.StringType, false)
      .add(OutputTable.SLICE, DataTypes.StringType, false)
      .add(SCOPE, DataTypes.StringType, false)
      .add(ENTITY_A, DataTypes.StringType, false)
      .add(ENTITY_B, DataTypes.StringType, false);

  private TimeSeriesTables() {}

  /** Every series of the output (or staging directory) {@code directory}: watchlist pairs and supported pairs. */
  public static Dataset<Row> build(SparkSession spark, String directory, SeriesOptions options) {
    return build(spark, TimeSeriesInputs.read(spark, directory), options, false);
  }

  /** Only the watchlist pairs' series, reading only their counts: what {@code paivand series --pair} prints. */
  public static Dataset<Row> watchlistOnly(SparkSession spark, String directory, SeriesOptions options) {
    return build(spark, TimeSeriesInputs.read(spark, directory), options, true);
  }

  /**
   * Writes {@code table} to {@code path}, one file sorted by series then period; returns the rows written. The rows
   * are gathered by a shuffle, so that the statistics before it keep their parallelism.
   */
  public static long write(Dataset<Row> table, org.apache.hadoop.fs.Path path) {
    return TableWriter.write(table.repartition(1), OutputTable.TIMESERIES, path).rows();
  }

  public static Dataset<Row> build(SparkSession spark, TimeSeriesInputs inputs, SeriesOptions options,
      boolean watchlistOnly) {
    List<EntityPair> watchlist = options.watchlist().stream().map(EntityPair::parse).distinct().toList();
    Dataset<Row> pairs = inputs.pairs();
    Dataset<Row> entities = inputs.entities();
    if (watchlistOnly) {
      Set<String> ids = new LinkedHashSet<>();
      watchlist.forEach(pair -> {
        ids.add(pair.a());
        ids.add(pair.b());
      });
      Column watched = lit(false);
      for (EntityPair pair : watchlist) {
        watched = watched.or(col(ENTITY_A).equalTo(pair.a()).and(col(ENTITY_B).equalTo(pair.b())));
      }
      pairs = pairs.filter(watched);
      entities = entities.filter(col("entity").isin(ids.toArray()));
    }
    spark.sparkContext().setJobDescription("timeseries: the daily totals of every slice");
    Map<String, SliceDays> slices = new LinkedHashMap<>();
    for (Row row : inputs.totals().select(col(OutputTable.SLICE_KIND), col(OutputTable.SLICE),
        unix_date(col(OutputTable.PUB_DATE)), col("articles")).collectAsList()) {
      slices.computeIfAbsent(TimeSeriesStatistics.slice(row.getString(0), row.getString(1)),
          key -> new SliceDays(row.getString(0), row.getString(1))).add(row.getInt(2), row.getLong(3));
    }
    if (slices.isEmpty()) {
      return spark.createDataFrame(List.of(), TimeSeriesStatistics.SCHEMA);
    }
    int first = slices.values().stream().mapToInt(slice -> slice.first).min().getAsInt();
    int last = slices.values().stream().mapToInt(slice -> slice.last).max().getAsInt();
    SeriesCalendar calendar = SeriesCalendar.of(LocalDate.ofEpochDay(first), LocalDate.ofEpochDay(last));
    Map<String, SliceTotals> totals = new HashMap<>();
    slices.forEach((key, days) -> totals.put(key, days.totals(calendar)));

    // the watchlist pairs get a series in every slice and scope, even where they never occur: one key row each
    List<Row> watchedKeys = new ArrayList<>();
    for (SliceDays slice : slices.values()) {
      for (String scope : List.of(OutputTable.SCOPE_DOCUMENT, OutputTable.SCOPE_SENTENCE)) {
        watchlist.forEach(pair -> watchedKeys.add(RowFactory.create(slice.kind, slice.value, scope, pair.a(),
            pair.b())));
      }
    }
    Column day = struct(unix_date(col(OutputTable.PUB_DATE)).as("day"), col("articles"), col("sentences"));
    Column noDay = lit(null).cast(pairs.select(day).schema().fields()[0].dataType());
    String[] series = {OutputTable.SLICE_KIND, OutputTable.SLICE, SCOPE, ENTITY_A, ENTITY_B};
    Dataset<Row> pairDays = pairs
        .select(col(OutputTable.SLICE_KIND), col(OutputTable.SLICE), col(SCOPE), col(ENTITY_A), col(ENTITY_B),
            day.as("day"), col("articles"), lit(false).as(WATCHLIST))
        .unionByName(spark.createDataFrame(watchedKeys, WATCHED)
            .select(col(OutputTable.SLICE_KIND), col(OutputTable.SLICE), col(SCOPE), col(ENTITY_A), col(ENTITY_B),
                noDay.as("day"), lit(0L).as("articles"), lit(true).as(WATCHLIST)))
        .groupBy(columns(series))
        .agg(collect_list(col("day")).as("days"), sum(col("articles")).as("support"),
            max(col(WATCHLIST)).as(WATCHLIST))
        .filter(col(WATCHLIST).or(col("support").geq(options.minSupport())));
    Dataset<Row> entityDays = entities
        .groupBy(col(OutputTable.SLICE_KIND), col(OutputTable.SLICE), col("entity"))
        .agg(collect_list(struct(unix_date(col(OutputTable.PUB_DATE)).as("day"), col("articles"))).as("days"));
    Dataset<Row> grouped = pairDays
        .join(entityDays.withColumnRenamed("entity", ENTITY_A).withColumnRenamed("days", "a_days"),
            using(OutputTable.SLICE_KIND, OutputTable.SLICE, ENTITY_A), "left")
        .join(entityDays.withColumnRenamed("entity", ENTITY_B).withColumnRenamed("days", "b_days"),
            using(OutputTable.SLICE_KIND, OutputTable.SLICE, ENTITY_B), "left")
        .select(columns(TimeSeriesStatistics.INPUT));
    Dataset<Row> rows = grouped.flatMap(new TimeSeriesStatistics(calendar, totals, settings(options)),
        Encoders.row(TimeSeriesStatistics.EMITTED));
    return rows.select(java.util.Arrays.stream(TimeSeriesStatistics.SCHEMA.fieldNames())
        .map(name -> name.equals("period_start") ? date_from_unix_date(col("period_day")).as(name) : col(name))
        .toArray(Column[]::new));
  }

  /** A slice's daily totals as read from the output, before they are summed per period. */
  private static final class SliceDays {
    final String kind;
    final String value;
    final IntArrayList days = new IntArrayList();
    final LongArrayList articles = new LongArrayList();
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;

    SliceDays(String kind, String value) {
      this.kind = kind;
      this.value = value;
    }

    void add(int day, long count) {
      days.add(day);
      articles.add(count);
      first = Math.min(first, day);
      last = Math.max(last, day);
    }

    SliceTotals totals(SeriesCalendar calendar) {
      return SliceTotals.of(calendar, days.toArray(), articles.toArray());
    }
  }

  static SeriesRows.Settings settings(SeriesOptions options) {
    int[] windows = new int[Granularity.values().length];
    int[] baselines = new int[windows.length];
    for (Granularity granularity : Granularity.values()) {
      windows[granularity.ordinal()] = window(granularity, options);
      baselines[granularity.ordinal()] = baseline(granularity, options);
    }
    return new SeriesRows.Settings(windows, baselines, options.spikeZ(), options.spikeMinArticles());
  }

  static int window(Granularity granularity, SeriesOptions options) {
    return switch (granularity) {
      case DAY -> options.dayWindow();
      case WEEK, JALALI_WEEK -> options.weekWindow();
      case MONTH, JALALI_MONTH -> options.monthWindow();
    };
  }

  static int baseline(Granularity granularity, SeriesOptions options) {
    return switch (granularity) {
      case DAY -> options.dayBaseline();
      case WEEK, JALALI_WEEK -> options.weekBaseline();
      case MONTH, JALALI_MONTH -> options.monthBaseline();
    };
  }

  private static String[] using(String... names) {
    return names;
  }

  private static Column[] columns(String... names) {
    return columns(List.of(names));
  }

  private static Column[] columns(List<String> names) {
    return names.stream().map(name -> col(name)).toArray(Column[]::new);
  }
}
