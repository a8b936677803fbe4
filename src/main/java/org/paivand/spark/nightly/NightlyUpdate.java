package org.paivand.spark.nightly;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.date_from_unix_date;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.paivand.errors.OutputErrors;
import org.paivand.output.OutputLayout;
import org.paivand.output.OutputTable;
import org.paivand.output.TableWriter;
import org.paivand.spark.count.DailyWrites;
import org.paivand.spark.dedup.Exclusions;
import org.paivand.spark.extract.ArticleRows;
import org.paivand.spark.extract.CompactArticles;
import org.paivand.spark.extract.RowKeys;
import org.paivand.spark.extract.TextPass;
import org.paivand.spark.input.CorpusInput;
import org.paivand.spark.input.InputFiles;
import org.paivand.spark.input.UnreadableInput;
import org.paivand.spark.itemsets.Itemsets;
import org.paivand.spark.job.ItemsetOptions;
import org.paivand.spark.job.JobConfig;
import org.paivand.spark.job.PhaseTimer;
import org.paivand.spark.job.RunProgress;
import org.paivand.spark.job.SeriesOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One night's update of a nightly output, from extraction to commit:
 *
 * <ol>
 *   <li>extract tonight's deliveries with the run's text pass and stage their compact rows as state partitions;
 *   <li>find the copies that do not count in the old state and in the new one ({@link Exclusions}, as a full run
 *       finds them over the whole corpus); the days to rewrite are the days of every row of tonight's deliveries,
 *       before and after, and of every row whose exclusion differs; their months are counted again from the new state
 *       with the run's counting step ({@link CountDaily});
 *   <li>stage the months, the state, {@code partitions.json} and {@code _run.json}; commit them as one update
 *       ({@link NightlyCommit}).
 * </ol>
 */
final class NightlyUpdate {
  private static final Logger LOG = LoggerFactory.getLogger("org.paivand.run");
  private static final String STATE = OutputLayout.NIGHTLY + "/" + NightlyState.ARTICLES_STATE;

  /** The tables derived from the daily ones that the output keeps, with their options (null: not kept). */
  record Derived(SeriesOptions series, ItemsetOptions itemsets) {}

  private final SparkSession spark;
  private final NightlyOptions options;
  private final JobConfig config;
  private final FileSystem fileSystem;
  private final Path root;
  private final Path output;
  private final String runId;
  private final Instant started;
  private final RunProgress progress;

  NightlyUpdate(SparkSession spark, NightlyOptions options, FileSystem fileSystem, Path root, Path output,
      String runId, Instant started, RunProgress progress) {
    this.spark = spark;
    this.options = options;
    this.config = options.job();
    this.fileSystem = fileSystem;
    this.root = root;
    this.output = output;
    this.runId = runId;
    this.started = started;
    this.progress = progress;
  }

  /** What tonight's deliveries gave: rows read (per delivery, from the footers), slice kinds, tonight's rows. */
  private record Tonight(InputFiles.Report files, long rowsRead, Map<String, Long> rowsByDelivery, String kinds,
      long accepted, Dataset<Row> rows) {}

  NightlyResult run(NightlyState state, NightlyPlan plan, Map<String, List<String>> present,
      Map<String, String> settings, Derived derived, boolean everything, List<String> recovered)
      throws IOException {
    NightlyCommit commit = NightlyCommit.begin(fileSystem, output, runId);
    PhaseTimer phases = new PhaseTimer(spark, progress, runId);
    Dataset<Row> oldState = null;
    try {
      oldState = oldState(state);
      Tonight tonight = extract(state, plan, phases, commit, everything);
      if (state.format() < NightlyState.FORMAT) { // every delivery's rows in the new format, committed with tonight
        oldState.filter(touched(plan).unary_$bang()).write().mode(SaveMode.Append)
            .partitionBy(CompactArticles.INGEST_DATE).parquet(commit.staged(STATE).toString());
      }

      phases.start("aggregate", "find the publication days that changed and count them again");
      settings.put(NightlyState.SLICE_KINDS, tonight.kinds());
      List<String> sliceKinds = tonight.kinds().isEmpty() ? List.of() : List.of(tonight.kinds().split(","));
      Dataset<Row> newState = oldState.filter(touched(plan).unary_$bang()).unionByName(tonight.rows());
      Exclusions oldExcluded = Exclusions.of(oldState, config.dedup(), config.nearThreshold());
      Exclusions newExcluded = Exclusions.of(newState, config.dedup(), config.nearThreshold());
      List<LocalDate> days = changedDays(oldState.filter(touched(plan)).unionByName(tonight.rows()), oldExcluded,
          newExcluded);
      List<String> months = days.stream().map(OutputLayout::month).distinct().sorted().toList();
      Column month = date_format(date_from_unix_date(col(CompactArticles.PUB_DAY)), "yyyy-MM");
      Dataset<Row> rewritten = ArticleRows.counted(newState.filter(month.isin(months.toArray())), newExcluded.rowKeys());
      String[] dictionary = StateRows.dictionary(rewritten);
      Dataset<Row> counted = StateRows.forCounting(rewritten, dictionary);
      Map<String, Long> tableRows = new LinkedHashMap<>();
      Map<OutputTable, StructType> schemas = new LinkedHashMap<>();
      DailyWrites.write(counted, dictionary, sliceKinds, table -> commit.staged(table.directory()), tableRows,
          schemas);
      List<String> derivedTables = new ArrayList<>();
      if (derived.itemsets() != null) {
        Itemsets.Tables itemsets = Itemsets.compute(Itemsets.transactions(counted, dictionary), derived.itemsets());
        tableRows.put(OutputTable.ITEMSETS.directory(),
            withMonthsReplaced(commit, itemsets.itemsets(), OutputTable.ITEMSETS, months));
        tableRows.put(OutputTable.ITEMSET_RULES.directory(),
            withMonthsReplaced(commit, itemsets.rules(), OutputTable.ITEMSET_RULES, months));
        derivedTables.addAll(List.of(OutputTable.ITEMSETS.directory(), OutputTable.ITEMSET_RULES.directory()));
      }
      derivedTables.addAll(DerivedTables.recompute(spark, output, commit, months, derived.series(), sliceKinds,
          schemas, tableRows));

      phases.start("write", "write mentions, articles and rejects of the changed months and deliveries");
      ArticleRows.Written articles = ArticleRows.writeArticlesAndMentions(counted, dictionary, false,
          commit.staged(OutputTable.ARTICLES.directory()), commit.staged(OutputTable.MENTIONS.directory()));
      tableRows.put(OutputTable.ARTICLES.directory(), articles.articles());
      tableRows.put(OutputTable.MENTIONS.directory(), articles.mentions());
      // rejects are per row, never marked against other deliveries: each delivery's rejects are its own
      TableWriter.Written rejects = TableWriter.write(ArticleRows.rejects(tonight.rows(), true), OutputTable.REJECTS, commit.staged(OutputTable.REJECTS.directory()), CompactArticles.INGEST_DATE,
          ArticleRows.rejectsByReason());
      tableRows.put(OutputTable.REJECTS.directory(), rejects.rows());
      long duplicate = tonightsCopies(newExcluded, plan);
      long rejected = rejects.rows();
      if (rejected != tonight.rowsRead() - tonight.accepted()) {
        throw new IllegalStateException("reconciliation failed: " + rejected + " rejects written but "
            + (tonight.rowsRead() - tonight.accepted()) + " rows of tonight were not accepted");
      }

      phases.start("publish", "commit the update of " + output);
      return commit(state, plan, present, settings, tonight, days, months, tableRows, derivedTables,
          tonight.accepted() - duplicate, rejected, duplicate, phases, commit, recovered, sliceKinds);
    } catch (Exception e) { // Spark's SparkException is checked but undeclared, hence Exception
      commit.abort();
      throw UnreadableInput.explain(e, config);
    } catch (Error e) {
      commit.abort();
      throw e;
    } finally {
      phases.seconds();
      if (oldState != null) {
        oldState.unpersist();
      }
    }
  }

  /**
   * The published state rows; a state of format 1 converted (and kept in memory: its row keys are given as it is
   * read, and every step of the night must see the same ones).
   */
  private Dataset<Row> oldState(NightlyState state) throws IOException {
    Path path = NightlyState.articles(output);
    if (state.format() >= NightlyState.FORMAT || !fileSystem.exists(path)) {
      return StateRows.read(spark, fileSystem, path);
    }
    LOG.info("converting the nightly state of {} to format {}", output, NightlyState.FORMAT);
    return StateFormatV1.convert(spark.read().schema(StateFormatV1.SCHEMA).parquet(path.toString()))
        .persist(StorageLevel.MEMORY_AND_DISK());
  }

  /** Reads and extracts tonight's deliveries into staged state partitions (none when tonight only removes). */
  private Tonight extract(NightlyState state, NightlyPlan plan, PhaseTimer phases, NightlyCommit commit,
      boolean everything) {
    String recordedKinds = state.recordedSliceKinds();
    if (plan.toRead().isEmpty()) {
      return new Tonight(null, 0, Map.of(), recordedKinds == null ? "" : recordedKinds, 0,
          spark.createDataFrame(List.of(), CompactArticles.stateSchema()));
    }
    phases.start("read", "read and check " + plan.toRead().size() + " deliveries under " + root);
    List<String> paths = plan.toRead().stream()
        .map(day -> NightlyPartitions.partitionPath(root, day).toString()).toList();
    CorpusInput.Input input = CorpusInput.read(spark, config.toBuilder().inputs(paths).build());
    String found = String.join(",", input.sliceKinds());
    if (recordedKinds != null && !everything && !found.equals(recordedKinds)) {
      throw OutputErrors.sliceColumnsChanged(plan.toRead(), output, recordedKinds, found);
    }
    LongAccumulator analysed = spark.sparkContext().longAccumulator("paivand articles analysed");
    progress.reading(spark, analysed, input.files().rows());
    phases.start("extract", "normalize, split, match and date every article of " + plan.toRead());
    TextPass text = new TextPass(spark, config);
    Dataset<Row> compact = text.extract(input.rows(), analysed);
    Path staged = commit.staged(STATE);
    Observation written = new Observation("state rows of " + plan.toRead());
    try {
      StateRows.fromCompact(compact, text.dictionary())
          .observe(written, count(lit(1)).as("rows"),
              count(when(col(CompactArticles.REASON).isNull(), lit(1))).as("accepted"))
          .write().mode(SaveMode.ErrorIfExists).partitionBy(CompactArticles.INGEST_DATE).parquet(staged.toString());
    } finally {
      compact.unpersist();
    }
    Map<String, Object> figures = TableWriter.figures(written);
    long rows = ((Number) figures.get("rows")).longValue();
    Map<String, Long> byDelivery = rowsByDelivery(input.files(), plan);
    if (rows != input.files().rows()) {
      throw new IllegalStateException("reconciliation failed: the footers promise " + input.files().rows()
          + " rows but " + rows + " were extracted");
    }
    phases.finish(rows + " rows of " + plan.toRead().size() + " deliveries");
    List<String> partitions = new ArrayList<>();
    for (String day : plan.toRead()) {
      Path partition = new Path(staged, CompactArticles.INGEST_DATE + "=" + day);
      if (OutputLayout.exists(fileSystem, partition)) {
        partitions.add(partition.toString());
      }
    }
    Dataset<Row> tonight = partitions.isEmpty() ? spark.createDataFrame(List.of(), CompactArticles.stateSchema())
        : spark.read().schema(CompactArticles.stateSchema()).option("basePath", staged.toString())
            .parquet(partitions.toArray(String[]::new));
    return new Tonight(input.files(), rows, byDelivery, found, ((Number) figures.get("accepted")).longValue(),
        tonight);
  }

  /** Rows per delivery as the footers of its files give them: no count job. */
  private static Map<String, Long> rowsByDelivery(InputFiles.Report files, NightlyPlan plan) {
    Map<String, Long> rows = new TreeMap<>();
    plan.toRead().forEach(day -> rows.put(day, 0L));
    for (InputFiles.FileCheck file : files.checks()) {
      Matcher matcher = NightlyPartitions.PARTITION.matcher(file.path());
      if (matcher.find()) {
        rows.merge(matcher.group(1), file.rows(), Long::sum);
      }
    }
    return rows;
  }

  private static Column touched(NightlyPlan plan) {
    return col(CompactArticles.INGEST_DATE).isin(plan.touched().toArray());
  }

  /**
   * The days to rewrite: every day a row of tonight's deliveries has, before or after (what they touch, even when
   * only their entities changed, as after a gazetteer change), and every day of a row that counted before and not
   * now, or now and not before (a copy in another delivery superseded or restored).
   */
  private static List<LocalDate> changedDays(Dataset<Row> touchedRows, Exclusions before, Exclusions after) {
    TreeSet<LocalDate> days = new TreeSet<>();
    for (Row row : touchedRows.filter(col(CompactArticles.PUB_DAY).isNotNull()).select(CompactArticles.PUB_DAY)
        .distinct().collectAsList()) {
      days.add(LocalDate.ofEpochDay(row.getInt(0)));
    }
    Map<Long, Integer> was = before.daysByRowKey();
    Map<Long, Integer> now = after.daysByRowKey();
    Set<Long> changed = new HashSet<>(was.keySet());
    changed.addAll(now.keySet());
    for (Long key : changed) {
      if (!was.containsKey(key) || !now.containsKey(key)) {
        days.add(LocalDate.ofEpochDay(was.containsKey(key) ? was.get(key) : now.get(key)));
      }
    }
    return List.copyOf(days);
  }

  /** Tonight's rows that are copies among everything the output holds: their keys name tonight's deliveries. */
  private static long tonightsCopies(Exclusions excluded, NightlyPlan plan) {
    Set<String> tonight = new HashSet<>(plan.toRead());
    long copies = 0;
    for (long key : excluded.rowKeys()) {
      LocalDate delivery = RowKeys.delivery(key);
      copies += delivery != null && tonight.contains(delivery.toString()) ? 1 : 0;
    }
    return copies;
  }

  /**
   * Itemsets and rules are per month and each month's are mined from that month's articles alone: tonight's months
   * are mined again and replace theirs; the other months' rows are kept. The table is small and unpartitioned, as a
   * full run writes it, so it is written whole.
   */
  private long withMonthsReplaced(NightlyCommit commit, Dataset<Row> tonight, OutputTable table, List<String> months)
      throws IOException {
    Dataset<Row> rows = tonight;
    Path published = OutputLayout.table(output, table);
    if (fileSystem.exists(published)) {
      rows = spark.read().schema(tonight.schema()).parquet(published.toString())
          .filter(col(OutputTable.PUB_MONTH).isin(months.toArray()).unary_$bang()).unionByName(tonight);
    }
    return TableWriter.write(rows.repartition(1), table, commit.staged(table.directory())).rows();
  }

  private NightlyResult commit(NightlyState state, NightlyPlan plan, Map<String, List<String>> present,
      Map<String, String> settings, Tonight tonight, List<LocalDate> days, List<String> months,
      Map<String, Long> tableRows, List<String> derivedTables, long used, long rejected, long duplicate,
      PhaseTimer phases, NightlyCommit commit, List<String> recovered, List<String> sliceKinds) throws IOException {
    List<String> targets = new ArrayList<>();
    for (OutputTable table : OutputTable.BY_MONTH) {
      if (!table.sliced() || !sliceKinds.isEmpty()) {
        months.forEach(m -> targets.add(table.directory() + "/" + OutputLayout.monthPartition(m)));
      }
    }
    for (String day : plan.touched()) {
      targets.add(OutputTable.REJECTS.directory() + "/" + CompactArticles.INGEST_DATE + "=" + day);
    }
    Set<String> stateDeliveries = new TreeSet<>(plan.touched());
    if (state.format() < NightlyState.FORMAT) {
      stateDeliveries.addAll(state.partitions().keySet());
    }
    stateDeliveries.forEach(day -> targets.add(STATE + "/" + CompactArticles.INGEST_DATE + "=" + day));
    targets.addAll(derivedTables);
    NightlyState next = state.update(settings, plan, present, tonight.rowsByDelivery());
    commit.writeStagedFile(OutputLayout.NIGHTLY + "/" + OutputLayout.NIGHTLY_PARTITIONS, next.toJson());
    targets.add(OutputLayout.NIGHTLY + "/" + OutputLayout.NIGHTLY_PARTITIONS);
    NightlyResult result = new NightlyResult(runId, output.toString(), false, plan.actions(), plan.later(),
        tonight.rowsRead(), used, rejected, duplicate, days, months, tableRows, phases.seconds(), recovered);
    if (!result.reconciles()) {
      throw new IllegalStateException("reconciliation failed: " + tonight.rowsRead() + " rows read but " + used
          + " used + " + rejected + " rejected + " + duplicate + " duplicate");
    }
    commit.writeStagedFile(OutputLayout.RUN_REPORT, NightlyReport.toJson(result, options, spark, tonight.files(),
        next, started, Instant.now()));
    targets.add(OutputLayout.RUN_REPORT);
    commit.commit(targets);
    LOG.info("nightly {} committed: {} deliveries, {} publication days in {} months rewritten",
        options.date(), plan.actions().size(), days.size(), months.size());
    return result;
  }
}
