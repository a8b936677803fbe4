package org.paivand.spark.timeseries;

import org.paivand.spark.job.SeriesOptions;
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
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.paivand.output.OutputTable;
import org.paivand.output.TableWriter;
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
import org.paivand.series.FrameScale;
import org.paivand.series.Granularity;
import org.paivand.series.Period;
import org.paivand.series.PeriodCalendar;

/**
 * The {@code timeseries} table (columns and formulas in {@code docs/metrics.md}), computed from the daily tables of
 * an output by DataFrame operations only, so that {@code run --timeseries}, {@code paivand series} and a nightly
 * update after changing the daily tables all get the same rows from the same tables.
 *
 * <p>All granularities in one pass: each day is mapped to its period by a small calendar table made on the driver (ICU for the
 * Jalali periods, {@link PeriodCalendar}); counts are summed per period; every period from the corpus' first to its
 * last day gets a total, zero included; watchlist pairs get a row in every period, other pairs a row where they occur
 * if they have {@code minSupport} articles over the whole range (per slice and scope). Trailing and baseline sums of
 * share are window sums over the period index (scaled by {@link FrameScale} so that one frame serves every
 * granularity), so the periods in which a pair has no row count as share 0; the
 * statistics themselves are computed by the pure {@link org.paivand.stats} classes in {@link TimeSeriesStatistics}.
 */
public final class TimeSeriesTables {

  static final String GRANULARITY = "granularity";
  static final String PERIOD_START = "period_start";
  static final String PERIOD_LABEL = "period_label";
  static final String PERIOD_INDEX = "period_index";
  static final String SCOPE = "scope";
  static final String ENTITY_A = "entity_a";
  static final String ENTITY_B = "entity_b";
  static final String WATCHLIST = "watchlist";

  static final String TRAILING_INDEX = "trailing_index";
  static final String BASELINE_INDEX = "baseline_index";

  /** Each day of the range in each granularity, with the first day of its period. */
  private static final StructType CALENDAR = new StructType()
      .add(GRANULARITY, DataTypes.StringType, false)
      .add("day", DataTypes.IntegerType, false)
      .add("start_day", DataTypes.IntegerType, false);
  /** Each period of the range, with its index scaled for the trailing window and the baseline ({@link FrameScale}). */
  private static final StructType PERIODS = new StructType()
      .add(GRANULARITY, DataTypes.StringType, false)
      .add("start_day", DataTypes.IntegerType, false)
      .add(PERIOD_LABEL, DataTypes.StringType, false)
      .add(PERIOD_INDEX, DataTypes.LongType, false)
      .add(TRAILING_INDEX, DataTypes.LongType, false)
      .add(BASELINE_INDEX, DataTypes.LongType, false);
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

  /**
   * Writes {@code table} to {@code path}, one file sorted by series then period; returns the rows written. The rows
   * are gathered by a shuffle, so that the statistics before it keep their parallelism.
   */
  public static long write(Dataset<Row> table, org.apache.hadoop.fs.Path path) {
    return TableWriter.write(table.repartition(1), OutputTable.TIMESERIES, path).rows();
  }

  // One method of about 110 lines, on purpose: it is one Spark plan read top to bottom in the order the columns of
  // docs/metrics.md are derived (calendar, periods, counts, dense watchlist rows, windows); split, the eight frames it
  // builds would travel between methods as parameters.
  public static Dataset<Row> build(SparkSession spark, TimeSeriesInputs inputs, SeriesOptions options,
      boolean watchlistOnly) {
    List<EntityPair> watchlist = options.watchlist().stream().map(EntityPair::parse).distinct().toList();
    Dataset<Row> watch = spark.createDataFrame(
        watchlist.stream().map(pair -> RowFactory.create(pair.a(), pair.b())).toList(), PAIRS);
    Dataset<Row> totals = inputs.totals();
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
    Row range = totals.agg(unix_date(min(col(OutputTable.PUB_DATE))), unix_date(max(col(OutputTable.PUB_DATE))))
        .first();
    if (range.isNullAt(0)) {
      return spark.createDataFrame(List.of(), TimeSeriesStatistics.SCHEMA);
    }
    Map<Granularity, Integer> windows = new EnumMap<>(Granularity.class);
    Map<Granularity, Integer> baselines = new EnumMap<>(Granularity.class);
    for (Granularity granularity : Granularity.values()) {
      windows.put(granularity, window(granularity, options) - 1);
      baselines.put(granularity, baseline(granularity, options));
    }
    FrameScale trailing = FrameScale.of(windows);
    FrameScale previous = FrameScale.of(baselines);
    List<Row> days = new ArrayList<>();
    Map<String, Row> periodRows = new LinkedHashMap<>();
    for (PeriodCalendar.Entry entry : PeriodCalendar.entries(LocalDate.ofEpochDay(range.getInt(0)),
        LocalDate.ofEpochDay(range.getInt(1)))) {
      Period period = entry.period();
      String granularity = entry.granularity().id();
      days.add(RowFactory.create(granularity, (int) entry.day().toEpochDay(), (int) period.start().toEpochDay()));
      periodRows.putIfAbsent(granularity + period.label(), RowFactory.create(granularity,
          (int) period.start().toEpochDay(), period.label(), period.index(),
          period.index() * trailing.multiplier(entry.granularity()),
          period.index() * previous.multiplier(entry.granularity())));
    }
    Dataset<Row> calendar = broadcast(spark.createDataFrame(days, CALENDAR)
        .select(col(GRANULARITY), date_from_unix_date(col("day")).as(OutputTable.PUB_DATE),
            date_from_unix_date(col("start_day")).as(PERIOD_START)));
    Dataset<Row> slices = totals.select(col(OutputTable.SLICE_KIND), col(OutputTable.SLICE)).distinct();
    String[] period = {GRANULARITY, OutputTable.SLICE_KIND, OutputTable.SLICE, PERIOD_START};

    // every period of the range, per slice, with its total (0 when it has no articles) and how many periods of the
    // trailing window and of the baseline have articles: the divisors of rolling_share and zscore
    Dataset<Row> totalsByPeriod = totals.join(calendar, OutputTable.PUB_DATE)
        .groupBy(columns(period)).agg(sum(col("articles")).as("total_articles"));
    WindowSpec periodOrder = Window.partitionBy(col(GRANULARITY), col(OutputTable.SLICE_KIND),
        col(OutputTable.SLICE));
    Column hasArticles = when(col("total_articles").gt(0), lit(1L)).otherwise(lit(0L));
    Dataset<Row> periods = spark.createDataFrame(new ArrayList<>(periodRows.values()), PERIODS)
        .select(col(GRANULARITY), date_from_unix_date(col("start_day")).as(PERIOD_START), col(PERIOD_LABEL),
            col(PERIOD_INDEX), col(TRAILING_INDEX), col(BASELINE_INDEX))
        .crossJoin(slices)
        .join(totalsByPeriod, using(period), "left")
        .withColumn("total_articles", coalesce(col("total_articles"), lit(0L)))
        .withColumn("window_periods", coalesce(sum(hasArticles).over(periodOrder.orderBy(col(TRAILING_INDEX))
            .rangeBetween(-trailing.span(), 0)), lit(0L)))
        .withColumn("baseline_periods", coalesce(sum(hasArticles).over(periodOrder.orderBy(col(BASELINE_INDEX))
            .rangeBetween(-previous.span(), -1)), lit(0L)));

    String[] series = {OutputTable.SLICE_KIND, OutputTable.SLICE, SCOPE, ENTITY_A, ENTITY_B};
    String[] pairPeriod = {GRANULARITY, OutputTable.SLICE_KIND, OutputTable.SLICE, PERIOD_START, SCOPE,
        ENTITY_A, ENTITY_B};
    Dataset<Row> pairCounts = pairs.join(calendar, OutputTable.PUB_DATE)
        .groupBy(columns(pairPeriod))
        .agg(sum(col("articles")).as("pair_articles"), sum(col("sentences")).as("pair_sentences"));
    Dataset<Row> supported = pairs.groupBy(columns(series))
        .agg(sum(col("articles")).as("support"))
        .filter(col("support").geq(options.minSupport()))
        .join(broadcast(watch), using(ENTITY_A, ENTITY_B), "left_anti")
        .drop("support");
    Dataset<Row> sparse = pairCounts.join(supported, using(series), "left_semi").withColumn(WATCHLIST, lit(false));
    Dataset<Row> scopes = spark.createDataFrame(List.of(
        RowFactory.create(OutputTable.SCOPE_DOCUMENT), RowFactory.create(OutputTable.SCOPE_SENTENCE)),
        new StructType().add(SCOPE, DataTypes.StringType, false));
    Dataset<Row> dense = periods.select(columns(period)).crossJoin(scopes).crossJoin(watch)
        .join(pairCounts, using(pairPeriod), "left")
        .withColumn("pair_articles", coalesce(col("pair_articles"), lit(0L)))
        .withColumn("pair_sentences", when(col(SCOPE).equalTo(OutputTable.SCOPE_SENTENCE),
            coalesce(col("pair_sentences"), lit(0L))))
        .withColumn(WATCHLIST, lit(true));

    Dataset<Row> entityCounts = entities.join(calendar, OutputTable.PUB_DATE)
        .groupBy(columns(GRANULARITY, OutputTable.SLICE_KIND, OutputTable.SLICE, PERIOD_START, "entity"))
        .agg(sum(col("articles")).as("articles"));
    Dataset<Row> rows = sparse.unionByName(dense)
        .join(periods, using(period))
        .join(entityCounts.withColumnRenamed("entity", ENTITY_A).withColumnRenamed("articles", "a_articles"),
            using(GRANULARITY, OutputTable.SLICE_KIND, OutputTable.SLICE, PERIOD_START, ENTITY_A), "left")
        .join(entityCounts.withColumnRenamed("entity", ENTITY_B).withColumnRenamed("articles", "b_articles"),
            using(GRANULARITY, OutputTable.SLICE_KIND, OutputTable.SLICE, PERIOD_START, ENTITY_B), "left")
        .withColumn("a_articles", coalesce(col("a_articles"), lit(0L)))
        .withColumn("b_articles", coalesce(col("b_articles"), lit(0L)))
        .withColumn("share", when(col("total_articles").gt(0),
            col("pair_articles").cast("double").divide(col("total_articles").cast("double"))));

    // a pair's periods without a row have share 0, so window sums over the rows present are the sums over periods
    WindowSpec seriesOrder = Window.partitionBy(columns(GRANULARITY, OutputTable.SLICE_KIND,
        OutputTable.SLICE, SCOPE, ENTITY_A, ENTITY_B));
    WindowSpec window = seriesOrder.orderBy(col(TRAILING_INDEX)).rangeBetween(-trailing.span(), 0);
    WindowSpec baseline = seriesOrder.orderBy(col(BASELINE_INDEX)).rangeBetween(-previous.span(), -1);
    return rows
        .withColumn("window_sum", coalesce(sum(col("share")).over(window), lit(0.0)))
        .withColumn("baseline_sum", coalesce(sum(col("share")).over(baseline), lit(0.0)))
        .withColumn("baseline_sum_squares",
            coalesce(sum(col("share").multiply(col("share"))).over(baseline), lit(0.0)))
        .select(columns(TimeSeriesStatistics.INPUT))
        .mapPartitions(new TimeSeriesStatistics(options.spikeZ(), options.spikeMinArticles()),
            Encoders.row(TimeSeriesStatistics.SCHEMA));
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
