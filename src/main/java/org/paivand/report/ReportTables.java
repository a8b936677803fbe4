package org.paivand.report;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.paivand.errors.OutputErrors;
import org.paivand.output.OutputLayout;

/**
 * The Spark side of the report: reads what the page needs from one output with DataFrame operations and brings only
 * small results to the driver (a few series of at most one row per period, the top pairs, the listed spikes and a
 * few sentences per spike). Of {@code timeseries} it reads only the columns the issue defines.
 */
final class ReportTables {
  static final String TIMESERIES = "timeseries";
  static final List<String> SERIES_COLUMNS = List.of("granularity", "period_start", "period_label", "scope",
      "entity_a", "entity_b", "pair_articles", "total_articles", "share", "rolling_share", "zscore", "spike");
  /** Slice columns a timeseries without slice_kind may hold: its whole-corpus rows are those where they are null. */
  static final List<String> SLICE_COLUMNS = List.of("slice", "source", "lang");
  /** The slice kind column of paivand's own timeseries, and its value for whole-corpus rows. */
  static final String SLICE_KIND = "slice_kind";
  static final String ALL_SLICES = "all";

  private final SparkSession spark;
  private final FileSystem fileSystem;
  private final Path output;

  ReportTables(SparkSession spark, String output) {
    this.spark = spark;
    Path path = new Path(output);
    this.fileSystem = fileSystem(spark, path);
    this.output = fileSystem.makeQualified(path);
    if (!hasTimeseries(fileSystem, this.output, output)) {
      throw OutputErrors.noTimeseriesTable(output);
    }
  }

  static boolean hasTimeseries(SparkSession spark, String output) {
    Path path = new Path(output);
    FileSystem fileSystem = fileSystem(spark, path);
    return hasTimeseries(fileSystem, fileSystem.makeQualified(path), output);
  }

  private static boolean hasTimeseries(FileSystem fileSystem, Path qualified, String output) {
    try {
      if (!fileSystem.exists(OutputLayout.runReport(qualified))) {
        throw OutputErrors.noOutputToReport(output, fileSystem.exists(qualified));
      }
      return fileSystem.exists(new Path(qualified, TIMESERIES));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the output " + output, e);
    }
  }

  private static FileSystem fileSystem(SparkSession spark, Path path) {
    try {
      return path.getFileSystem(spark.sparkContext().hadoopConfiguration());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the output " + path, e);
    }
  }

  FileSystem fileSystem() {
    return fileSystem;
  }

  Path output() {
    return output;
  }

  /** The text of the output's {@code _run.json}. */
  String runReport() {
    try (InputStream in = fileSystem.open(OutputLayout.runReport(output))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read _run.json of " + output, e);
    }
  }

  Reconciliation reconciliation() {
    try {
      return Reconciliation.fromJson(runReport());
    } catch (IllegalArgumentException e) {
      throw OutputErrors.runReportUnreadable(output, e.getMessage());
    }
  }

  /** The whole-corpus rows of {@code timeseries}, only the columns. */
  Dataset<Row> timeseries() {
    Dataset<Row> table = spark.read().parquet(table(TIMESERIES));
    List<String> present = Arrays.asList(table.columns());
    List<String> missing = SERIES_COLUMNS.stream().filter(name -> !present.contains(name)).toList();
    if (!missing.isEmpty()) {
      throw OutputErrors.timeseriesColumnsMissing(output, missing);
    }
    if (present.contains(SLICE_KIND)) {
      // paivand's timeseries: the whole corpus is slice_kind = all (docs/metrics.md)
      table = table.filter(col(SLICE_KIND).equalTo(ALL_SLICES));
    } else {
      for (String slice : SLICE_COLUMNS) {
        if (present.contains(slice)) {
          table = table.filter(col(slice).isNull());
        }
      }
    }
    return table.select(SERIES_COLUMNS.stream().map(name -> col(name)).toArray(Column[]::new));
  }

  /**
   * The pairs the table was built to follow: its watchlist ({@code watchlist = true}, a row in every period), in id
   * order. A timeseries without that column (not written by paivand) gives its {@value #UNLISTED_PAIRS} pairs with
   * most articles.
   */
  List<List<String>> watchlistPairs() {
    describe("report: the watchlist pairs of " + output);
    Dataset<Row> table = spark.read().parquet(table(TIMESERIES));
    Dataset<Row> pairs = Arrays.asList(table.columns()).contains("watchlist")
        ? table.filter(col("watchlist")).select(col("entity_a"), col("entity_b")).distinct()
            .orderBy(col("entity_a"), col("entity_b"))
        : timeseries().groupBy(col("entity_a"), col("entity_b")).agg(sum(col("pair_articles")).as("articles"))
            .orderBy(col("articles").desc(), col("entity_a"), col("entity_b")).limit(UNLISTED_PAIRS);
    return pairs.collectAsList().stream().map(row -> List.of(row.getString(0), row.getString(1))).toList();
  }

  static final int UNLISTED_PAIRS = 4;

  /** Each pair at each granularity, in the order asked; a pair with no rows gets an empty series. */
  List<PairSeries> series(List<List<String>> pairs, List<String> granularities, String scope) {
    describe("report: watchlist series " + pairs + " " + granularities + " scope=" + scope);
    Column wanted = lit(false);
    for (List<String> pair : pairs) {
      wanted = wanted.or(col("entity_a").equalTo(pair.get(0)).and(col("entity_b").equalTo(pair.get(1))));
    }
    List<Row> rows = timeseries()
        .filter(col("scope").equalTo(scope).and(col("granularity").isin(granularities.toArray())).and(wanted))
        .orderBy(col("period_start")).collectAsList();
    Map<String, List<SeriesPoint>> byKey = new HashMap<>();
    for (Row row : rows) {
      String key = row.getString(4) + "," + row.getString(5) + "," + row.getString(0);
      List<SeriesPoint> points = byKey.computeIfAbsent(key, k -> new ArrayList<>());
      SeriesPoint point = new SeriesPoint(date(row, 1), row.getString(2), longOf(row, 6), longOf(row, 7),
          doubleOf(row, 8), doubleOf(row, 9), doubleOf(row, 10), !row.isNullAt(11) && row.getBoolean(11));
      if (!points.isEmpty() && points.get(points.size() - 1).periodStart().equals(point.periodStart())) {
        throw OutputErrors.timeseriesRowTwice(key, point.label(), SLICE_COLUMNS);
      }
      points.add(point);
    }
    List<PairSeries> result = new ArrayList<>();
    for (List<String> pair : pairs) {
      for (String granularity : granularities) {
        result.add(new PairSeries(pair.get(0), pair.get(1), granularity, scope,
            byKey.getOrDefault(pair.get(0) + "," + pair.get(1) + "," + granularity, List.of())));
      }
    }
    return result;
  }

  /** The pairs with most articles over the whole output, document scope, with counts for NPMI. */
  List<TopPair> topPairs(int limit) {
    describe("report: top " + limit + " pairs over the whole range");
    List<Row> top = spark.read().parquet(table("pairs_daily")).filter(col("scope").equalTo("document"))
        .groupBy(col("entity_a"), col("entity_b")).agg(sum(col("articles")).as("articles"))
        .orderBy(col("articles").desc(), col("entity_a"), col("entity_b")).limit(limit).collectAsList();
    TreeSet<String> entities = new TreeSet<>();
    top.forEach(row -> entities.addAll(List.of(row.getString(0), row.getString(1))));
    Map<String, Long> perEntity = new HashMap<>();
    if (!entities.isEmpty()) {
      for (Row row : spark.read().parquet(table("entities_daily")).filter(col("entity").isin(entities.toArray()))
          .groupBy(col("entity")).agg(sum(col("articles")).as("articles")).collectAsList()) {
        perEntity.put(row.getString(0), row.getLong(1));
      }
    }
    Row total = spark.read().parquet(table("totals_daily")).agg(sum(col("articles"))).first();
    long all = total.isNullAt(0) ? 0 : total.getLong(0);
    return top.stream().map(row -> new TopPair(row.getString(0), row.getString(1), row.getLong(2),
        perEntity.getOrDefault(row.getString(0), 0L), perEntity.getOrDefault(row.getString(1), 0L), all)).toList();
  }

  static final String TOP_PAIRS_SOURCE = "From pairs_daily over every publication day of the output, document scope:"
      + " the pairs named together in most articles. Articles with each entity come from entities_daily and all"
      + " articles from totals_daily over the same days; NPMI = log2(n_ab·N / (n_a·n_b)) / −log2(n_ab / N), as in"
      + " timeseries.";

  long spikeCount(List<String> granularities, String scope) {
    describe("report: count spikes " + granularities + " scope=" + scope);
    return spikeRows(granularities, scope).count();
  }

  /** The strongest spikes first (z-score, then earliest), with the first day after each period. */
  List<Spike> spikes(List<String> granularities, String scope, int limit) {
    describe("report: the " + limit + " strongest spikes " + granularities + " scope=" + scope);
    List<Row> rows = spikeRows(granularities, scope)
        .orderBy(col("zscore").desc(), col("period_start"), col("entity_a"), col("entity_b"), col("granularity"))
        .limit(limit).collectAsList();
    Map<String, List<LocalDate>> starts = new HashMap<>();
    List<Spike> spikes = new ArrayList<>();
    for (Row row : rows) {
      String granularity = row.getString(0);
      LocalDate start = date(row, 1);
      LocalDate end = PeriodEnd.of(granularity, start,
          granularity.equals("jalali_month") ? starts.computeIfAbsent(granularity, this::periodStarts) : List.of());
      spikes.add(new Spike(row.getString(4), row.getString(5), granularity, row.getString(3), start, end,
          row.getString(2), longOf(row, 6), longOf(row, 7), doubleOf(row, 8), doubleOf(row, 10), List.of()));
    }
    return spikes;
  }

  private Dataset<Row> spikeRows(List<String> granularities, String scope) {
    return timeseries().filter(col("spike").equalTo(true).and(col("scope").equalTo(scope))
        .and(col("granularity").isin(granularities.toArray())).and(col("zscore").isNotNull()));
  }

  private List<LocalDate> periodStarts(String granularity) {
    return timeseries().filter(col("granularity").equalTo(granularity)).select(col("period_start")).distinct()
        .orderBy(col("period_start")).collectAsList().stream().map(row -> date(row, 0)).toList();
  }

  boolean mentionsHaveText() {
    return Arrays.asList(spark.read().parquet(table("mentions")).columns()).contains("sentence_text");
  }

  /**
   * Up to {@code perSpike} sentences for each spike, in one Spark job: mentions of either entity published in the
   * spike's period, grouped by sentence, kept when their article names both entities; sentences naming both come
   * first, then by date, article and position.
   */
  List<Spike> withExamples(List<Spike> spikes, int perSpike) {
    if (spikes.isEmpty() || perSpike == 0) {
      return spikes;
    }
    describe("report: example sentences for " + spikes.size() + " spikes");
    StructType schema = new StructType().add("spike", DataTypes.IntegerType).add("a", DataTypes.StringType)
        .add("b", DataTypes.StringType).add("from", DataTypes.DateType).add("until", DataTypes.DateType);
    List<Row> wanted = new ArrayList<>();
    for (int i = 0; i < spikes.size(); i++) {
      Spike spike = spikes.get(i);
      wanted.add(RowFactory.create(i, spike.entityA(), spike.entityB(), Date.valueOf(spike.periodStart()),
          spike.periodEnd() == null ? null : Date.valueOf(spike.periodEnd())));
    }
    Dataset<Row> periods = spark.createDataFrame(wanted, schema);
    Dataset<Row> mentions = spark.read().parquet(table("mentions"));
    Column text = mentionsHaveText() ? col("sentence_text") : lit(null).cast(DataTypes.StringType);
    mentions = mentions.select(col("id"), col("pub_date"), col("entity"), col("sentence"), text.as("text"));
    Column inPeriod = col("pub_date").geq(col("from")).and(col("until").isNull().or(col("pub_date").lt(col("until"))));
    Column named = col("entity").equalTo(col("a")).or(col("entity").equalTo(col("b")));
    Dataset<Row> sentences = mentions.join(broadcast(periods), inPeriod.and(named))
        .groupBy(col("spike"), col("id"), col("pub_date"), col("sentence"))
        .agg(array_sort(collect_set(col("entity"))).as("names"), first(col("text"), true).as("text"));
    Dataset<Row> chosen = sentences
        .withColumn("article_names", size(array_distinct(flatten(collect_list(col("names"))
            .over(Window.partitionBy(col("spike"), col("id")))))))
        .filter(col("article_names").equalTo(2))
        .withColumn("rank", row_number().over(Window.partitionBy(col("spike"))
            .orderBy(size(col("names")).desc(), col("pub_date"), col("id"), col("sentence"))))
        .filter(col("rank").leq(perSpike))
        .select(col("spike"), col("rank"), col("id"), col("pub_date"), col("sentence"), col("names"), col("text"));
    List<Row> rows = chosen.collectAsList();
    Map<String, java.util.Set<Integer>> withoutText = new HashMap<>();
    rows.stream().filter(row -> row.isNullAt(6))
        .forEach(row -> withoutText.computeIfAbsent(row.getString(2), id -> new java.util.TreeSet<>()).add(row.getInt(4)));
    Map<String, Map<Integer, String>> looked = withoutText.isEmpty() ? Map.of()
        : SentenceLookup.find(spark, runReport(), withoutText);
    Map<Integer, Map<Integer, Example>> found = new HashMap<>();
    for (Row row : rows) {
      String sentence = row.isNullAt(6) ? looked.getOrDefault(row.getString(2), Map.of()).get(row.getInt(4))
          : row.getString(6);
      found.computeIfAbsent(row.getInt(0), k -> new java.util.TreeMap<>()).put(row.getInt(1),
          new Example(row.getString(2), date(row, 3), row.getInt(4), row.getList(5), sentence));
    }
    List<Spike> result = new ArrayList<>();
    for (int i = 0; i < spikes.size(); i++) {
      result.add(spikes.get(i).withExamples(
          List.copyOf(found.getOrDefault(i, new LinkedHashMap<>()).values())));
    }
    return result;
  }

  private String table(String name) {
    return new Path(output, name).toString();
  }

  private void describe(String description) {
    spark.sparkContext().setJobDescription(description);
  }

  private static LocalDate date(Row row, int field) {
    Object value = row.get(field);
    return value instanceof LocalDate local ? local : ((Date) value).toLocalDate();
  }

  private static long longOf(Row row, int field) {
    return row.isNullAt(field) ? 0 : ((Number) row.get(field)).longValue();
  }

  private static Double doubleOf(Row row, int field) {
    if (row.isNullAt(field)) {
      return null;
    }
    double value = ((Number) row.get(field)).doubleValue();
    return Double.isFinite(value) ? value : null;
  }
}
