package org.paivand.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_from_unix_date;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.unix_date;
import static org.apache.spark.sql.functions.when;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.paivand.series.EntityPair;
import org.paivand.series.Granularity;
import org.paivand.series.PeriodCalendar;

/**
 * The {@code timeseries} table (columns and formulas in {@code docs/metrics.md}), computed from the daily tables of
 * an output by DataFrame operations only, so that {@code run --timeseries}, {@code paivand series} and a nightly
 * update after changing the daily tables all get the same rows from the same tables.
 *
 * <p>Per granularity: each day is mapped to its period by a small calendar table made on the driver (ICU for the
 * Jalali periods, {@link PeriodCalendar}); counts are summed per period; every period from the corpus' first to its
 * last day gets a total, zero included; watchlist pairs get a row in every period, other pairs a row where they occur
 * if they have {@code minSupport} articles over the whole range (per slice and scope). Trailing and baseline sums of
 * share are window sums over the period index, so the periods in which a pair has no row count as share 0; the
 * statistics themselves are computed by the pure {@link org.paivand.stats} classes in {@link TimeSeriesStatistics}.
 */
public final class TimeSeriesTables {
  public static final String TIMESERIES = "timeseries";

  static final String GRANULARITY = "granularity";
  static final String PERIOD_START = "period_start";
  static final String PERIOD_LABEL = "period_label";
  static final String PERIOD_INDEX = "period_index";
  static final String SCOPE = "scope";
  static final String ENTITY_A = "entity_a";
  static final String ENTITY_B = "entity_b";
  static final String WATCHLIST = "watchlist";

  private static final StructType CALENDAR = new StructType()
      .add(GRANULARITY, DataTypes.StringType, false)
      .add("day", DataTypes.IntegerType, false)
      .add("start_day", DataTypes.IntegerType, false)
      .add(PERIOD_LABEL, DataTypes.StringType, false)
      .add(PERIOD_INDEX, DataTypes.LongType, false);
  private static final StructType PAIRS = new StructType()
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

  /** Writes {@code table} to {@code path} sorted by series then period; returns the rows written. */
  public static long write(Dataset<Row> table, String path) {
    Observation written = new Observation("rows written to " + path);
    table.sort(col(GRANULARITY), col(SliceDailyTables.SLICE_KIND), col(SliceDailyTables.SLICE), col(SCOPE),
            col(ENTITY_A), col(ENTITY_B), col(PERIOD_START))
        .observe(written, count(lit(1)).as("rows"))
        .write().mode(SaveMode.ErrorIfExists).parquet(path);
    try {
      Object rows = written.getAsJava().get("rows");
      return rows == null ? 0L : ((Number) rows).longValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while counting written rows", e);
    }
  }

  static Dataset<Row> build(SparkSession spark, TimeSeriesInputs inputs, SeriesOptions options,
      boolean watchlistOnly) {
    List<EntityPair> watchlist = options.watchlist().stream().map(EntityPair::parse).distinct().toList();
    Dataset<Row> watch = spark.createDataFrame(
        watchlist.stream().map(pair -> RowFactory.create(pair.a(), pair.b())).toList(), PAIRS);
    Dataset<Row> pairs = inputs.pairs();
    Dataset<Row> entities = inputs.entities();
    if (watchlistOnly) {
      Set<String> ids = new LinkedHashSet<>();
      watchlist.forEach(pair -> {
        ids.add(pair.a());
        ids.add(pair.b());
      });
      pairs = pairs.join(broadcast(watch), using(ENTITY_A, ENTITY_B), "left_semi");
      entities = entities.filter(col("entity").isin(ids.toArray()));
    }
    Row range = inputs.totals().agg(unix_date(min(col(DailyTables.PUB_DATE))), unix_date(max(col(DailyTables.PUB_DATE))))
        .first();
    if (range.isNullAt(0)) {
      return spark.createDataFrame(List.of(), TimeSeriesStatistics.SCHEMA);
    }
    List<Row> days = new ArrayList<>();
    for (PeriodCalendar.Entry entry : PeriodCalendar.entries(LocalDate.ofEpochDay(range.getInt(0)),
        LocalDate.ofEpochDay(range.getInt(1)))) {
      days.add(RowFactory.create(entry.granularity().id(), (int) entry.day().toEpochDay(),
          (int) entry.period().start().toEpochDay(), entry.period().label(), entry.period().index()));
    }
    Dataset<Row> calendar = spark.createDataFrame(days, CALENDAR)
        .select(col(GRANULARITY), date_from_unix_date(col("day")).as(DailyTables.PUB_DATE),
            date_from_unix_date(col("start_day")).as(PERIOD_START), col(PERIOD_LABEL), col(PERIOD_INDEX));

    Dataset<Row> supported = pairs
        .groupBy(col(SliceDailyTables.SLICE_KIND), col(SliceDailyTables.SLICE), col(SCOPE), col(ENTITY_A),
            col(ENTITY_B))
        .agg(sum(col("articles")).as("support"))
        .filter(col("support").geq(options.minSupport()))
        .join(broadcast(watch), using(ENTITY_A, ENTITY_B), "left_anti")
        .drop("support");
    Dataset<Row> slices = inputs.totals().select(col(SliceDailyTables.SLICE_KIND), col(SliceDailyTables.SLICE))
        .distinct();

    Dataset<Row> all = null;
    for (Granularity granularity : Granularity.values()) {
      Dataset<Row> one = granularity(granularity, options, broadcast(calendar.filter(
          col(GRANULARITY).equalTo(granularity.id()))), inputs.totals(), entities, pairs, slices, supported, watch);
      all = all == null ? one : all.unionByName(one);
    }
    return all.mapPartitions(new TimeSeriesStatistics(options.spikeZ(), options.spikeMinArticles()),
        Encoders.row(TimeSeriesStatistics.SCHEMA));
  }

  /** The rows of one granularity, with the counts and window sums {@link TimeSeriesStatistics} reads. */
  private static Dataset<Row> granularity(Granularity granularity, SeriesOptions options, Dataset<Row> calendar,
      Dataset<Row> totals, Dataset<Row> entities, Dataset<Row> pairs, Dataset<Row> slices, Dataset<Row> supported,
      Dataset<Row> watch) {
    int window = window(granularity, options);
    int baseline = baseline(granularity, options);
    String[] period = {GRANULARITY, SliceDailyTables.SLICE_KIND, SliceDailyTables.SLICE, PERIOD_START};

    Dataset<Row> totalsByPeriod = totals.join(calendar, DailyTables.PUB_DATE)
        .groupBy(columns(period)).agg(sum(col("articles")).as("total_articles"));
    WindowSpec periodOrder = Window.partitionBy(col(SliceDailyTables.SLICE_KIND), col(SliceDailyTables.SLICE))
        .orderBy(col(PERIOD_INDEX));
    Column hasArticles = when(col("total_articles").gt(0), lit(1L)).otherwise(lit(0L));
    Dataset<Row> periods = calendar.select(col(GRANULARITY), col(PERIOD_START), col(PERIOD_LABEL), col(PERIOD_INDEX))
        .distinct()
        .crossJoin(slices)
        .join(totalsByPeriod, using(period), "left")
        .withColumn("total_articles", coalesce(col("total_articles"), lit(0L)))
        .withColumn("window_periods", coalesce(sum(hasArticles).over(periodOrder.rangeBetween(-(window - 1), 0)),
            lit(0L)))
        .withColumn("baseline_periods", coalesce(sum(hasArticles).over(periodOrder.rangeBetween(-baseline, -1)),
            lit(0L)));

    Dataset<Row> pairCounts = pairs.join(calendar, DailyTables.PUB_DATE)
        .groupBy(columns(GRANULARITY, SliceDailyTables.SLICE_KIND, SliceDailyTables.SLICE, PERIOD_START, SCOPE,
            ENTITY_A, ENTITY_B))
        .agg(sum(col("articles")).as("pair_articles"), sum(col("sentences")).as("pair_sentences"));
    String[] series = {SliceDailyTables.SLICE_KIND, SliceDailyTables.SLICE, SCOPE, ENTITY_A, ENTITY_B};
    Dataset<Row> sparse = pairCounts.join(supported, using(series), "left_semi")
        .withColumn(WATCHLIST, lit(false));
    Dataset<Row> scopes = totals.sparkSession().createDataFrame(List.of(
        RowFactory.create(DailyTables.SCOPE_DOCUMENT), RowFactory.create(DailyTables.SCOPE_SENTENCE)),
        new StructType().add(SCOPE, DataTypes.StringType, false));
    Dataset<Row> dense = periods.select(columns(period)).crossJoin(scopes).crossJoin(watch)
        .join(pairCounts, using(GRANULARITY, SliceDailyTables.SLICE_KIND, SliceDailyTables.SLICE, PERIOD_START,
            SCOPE, ENTITY_A, ENTITY_B), "left")
        .withColumn("pair_articles", coalesce(col("pair_articles"), lit(0L)))
        .withColumn("pair_sentences", when(col(SCOPE).equalTo(DailyTables.SCOPE_SENTENCE),
            coalesce(col("pair_sentences"), lit(0L))))
        .withColumn(WATCHLIST, lit(true));

    Dataset<Row> entityCounts = entities.join(calendar, DailyTables.PUB_DATE)
        .groupBy(columns(GRANULARITY, SliceDailyTables.SLICE_KIND, SliceDailyTables.SLICE, PERIOD_START, "entity"))
        .agg(sum(col("articles")).as("articles"));
    Dataset<Row> rows = sparse.unionByName(dense)
        .join(periods, using(period))
        .join(entityCounts.withColumnRenamed("entity", ENTITY_A).withColumnRenamed("articles", "a_articles"),
            using(GRANULARITY, SliceDailyTables.SLICE_KIND, SliceDailyTables.SLICE, PERIOD_START, ENTITY_A), "left")
        .join(entityCounts.withColumnRenamed("entity", ENTITY_B).withColumnRenamed("articles", "b_articles"),
            using(GRANULARITY, SliceDailyTables.SLICE_KIND, SliceDailyTables.SLICE, PERIOD_START, ENTITY_B), "left")
        .withColumn("a_articles", coalesce(col("a_articles"), lit(0L)))
        .withColumn("b_articles", coalesce(col("b_articles"), lit(0L)))
        .withColumn("share", when(col("total_articles").gt(0),
            col("pair_articles").cast("double").divide(col("total_articles").cast("double"))));

    WindowSpec seriesOrder = Window.partitionBy(columns(series)).orderBy(col(PERIOD_INDEX));
    WindowSpec trailing = seriesOrder.rangeBetween(-(window - 1), 0);
    WindowSpec previous = seriesOrder.rangeBetween(-baseline, -1);
    return rows
        .withColumn("window_sum", coalesce(sum(col("share")).over(trailing), lit(0.0)))
        .withColumn("baseline_sum", coalesce(sum(col("share")).over(previous), lit(0.0)))
        .withColumn("baseline_sum_squares",
            coalesce(sum(col("share").multiply(col("share"))).over(previous), lit(0.0)))
        .select(columns(TimeSeriesStatistics.INPUT));
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
