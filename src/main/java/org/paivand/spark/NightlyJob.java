package org.paivand.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.date_from_unix_date;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
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
import org.paivand.cli.UserError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The nightly incremental run: reads only the deliveries ({@code ingest_date=YYYY-MM-DD} directories) that are new
 * or re-delivered since the last night, keeps their per-article results in the output's state, re-marks repeated
 * ids over everything the output holds (the latest delivery wins, as in a full run), and rewrites only the
 * {@code pub_month} partitions whose days changed. After any sequence of nights the daily tables equal those of
 * {@code paivand run} over the same deliveries. See {@code docs/operations.md}.
 *
 * <ol>
 *   <li>lock the output ({@link OutputLock}), finish or drop earlier runs' pending updates ({@link NightlyCommit});
 *   <li>plan ({@link NightlyPlan}) from the listing of the root and the state; nothing to do: stop here, without
 *       starting Spark, with the output untouched;
 *   <li>extract tonight's deliveries into a staged state partition each;
 *   <li>mark old and new state (narrow columns only); the days whose used articles differ are the days to
 *       rewrite; their months are aggregated again from the new state;
 *   <li>stage the months, the state, {@code partitions.json} and {@code _run.json}; commit them as one update.
 * </ol>
 */
public final class NightlyJob {
  /** The tables rewritten per publication month, as in a full run (plus {@code pub_month} for the per-article ones). */
  static final List<String> MONTH_TABLES = List.of(CooccurrenceJob.PAIRS_DAILY, CooccurrenceJob.ENTITIES_DAILY,
      CooccurrenceJob.TOTALS_DAILY, CooccurrenceJob.MENTIONS, CooccurrenceJob.ARTICLES);
  private static final Logger LOG = LoggerFactory.getLogger("org.paivand.run");
  /** The columns that decide which copy of an article counts: differences in them are what changes a day. */
  private static final List<String> COUNTED_KEY = List.of(ArticleSchema.ID, DeduplicateArticles.INGEST_DATE,
      ArticleSchema.PUB_DAY, ArticleSchema.TEXT_HASH, ArticleSchema.TEXT_LENGTH);

  private NightlyJob() {}

  /** For {@code spark-submit --class org.paivand.spark.NightlyJob}: the options of {@code paivand nightly}. */
  public static void main(String[] args) {
    String[] all = new String[args.length + 2];
    all[0] = "nightly";
    all[1] = "--submitted";
    System.arraycopy(args, 0, all, 2, args.length);
    System.exit(org.paivand.cli.PaivandCli.execute(all));
  }

  public static NightlyResult run(SparkSession spark, NightlyOptions options) {
    return run(() -> spark, spark.sparkContext().hadoopConfiguration(), options);
  }

  /** Spark is started through {@code sessions} only when there is something to do. */
  public static NightlyResult run(Supplier<SparkSession> sessions, Configuration hadoop, NightlyOptions options) {
    JobConfig config = options.job();
    if (config.dedup() == DedupMode.NEAR) {
      throw new UserError("nightly cannot count near-duplicate texts once (--dedup near)",
          "near copies are found by comparing every text with every other, and the nightly state keeps no texts",
          "use --dedup exact or none for nightly outputs, or paivand run over the whole root for near");
    }
    Instant started = Instant.now();
    String runId = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC).format(started)
        + "-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0xfffff));
    try {
      Path rootPath = new Path(config.inputs().get(0));
      FileSystem inputSystem = rootPath.getFileSystem(hadoop);
      Path root = inputSystem.makeQualified(rootPath);
      Path outputPath = new Path(config.output());
      FileSystem fileSystem = outputPath.getFileSystem(hadoop);
      Path output = fileSystem.makeQualified(outputPath);
      checkOutput(fileSystem, output);
      try (OutputLock lock = OutputLock.acquire(fileSystem, output, runId, options.lease())) {
        List<String> recovered = new ArrayList<>(NightlyCommit.recover(fileSystem, output));
        recovered.addAll(deleteStagingOfKilledRuns(fileSystem, output));
        NightlyState state = NightlyState.read(fileSystem, output);
        Map<String, List<String>> present = NightlyPartitions.list(inputSystem, root,
            day -> !state.partitions().containsKey(day)
                || NightlyPlan.recheck(day, options.date(), options.lookbackDays(), options.reprocess()));
        NightlyPlan plan = NightlyPlan.of(present, state.partitions(), options.date(), options.lookbackDays(),
            options.reprocess());
        Map<String, String> settings = NightlyState.settingsOf(config);
        if (state.settings().containsKey(NightlyState.SLICE_KINDS)) { // what the input has: checked once read
          settings.put(NightlyState.SLICE_KINDS, state.settings().get(NightlyState.SLICE_KINDS));
        }
        // the options timeseries was built with, unless tonight gives others (it is rebuilt whole, so they may change)
        SeriesOptions series = config.series() != null ? config.series() : state.recordedSeries();
        if (series == null && fileSystem.exists(new Path(output, TimeSeriesTables.TIMESERIES))) {
          series = SeriesOptions.defaults();
        }
        settings.put(NightlyState.SERIES, NightlyState.seriesJson(series));
        checkSettings(state, settings, plan, present, options);
        if (plan.isEmpty()) {
          LOG.info("nothing new under {} up to {}: the output is unchanged", root, options.date());
          return new NightlyResult(runId, output.toString(), true, Map.of(), plan.later(), 0, 0, 0, 0, List.of(),
              List.of(), Map.of(), Map.of(), recovered);
        }
        LOG.info("nightly {}: {}", options.date(), plan.actions());
        return new Update(sessions.get(), config, options, fileSystem, root, output, runId, started)
            .run(state, plan, present, settings, series, rereadsEverything(state, present, options), recovered);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the nightly run of " + config.output(), e);
    }
  }

  /** A nightly output is new, empty, or has the state of earlier nights; anything else is refused. */
  private static void checkOutput(FileSystem fileSystem, Path output) throws IOException {
    if (output.getParent() == null) {
      throw new UserError("cannot write the output to the root directory " + output,
          "paivand keeps its lock beside the output directory", "name a directory such as out/paivand");
    }
    if (!fileSystem.exists(output)) {
      return;
    }
    if (!fileSystem.getFileStatus(output).isDirectory()) {
      throw new UserError("the output " + output + " is a file", "--output must name a directory",
          "name a new directory, or an earlier nightly output");
    }
    if (fileSystem.exists(NightlyState.file(output))) {
      return;
    }
    for (FileStatus entry : fileSystem.listStatus(output)) {
      if (!entry.getPath().getName().equals(NightlyState.DIRECTORY)) {
        boolean runOutput = fileSystem.exists(new Path(output, OutputPublisher.RUN_REPORT));
        throw new UserError("refusing to update " + output,
            runOutput ? "it is the output of paivand run, which keeps no nightly state (" + NightlyState.DIRECTORY
                + "/" + NightlyState.PARTITIONS + ")"
                : "it exists, is not empty and is not a paivand nightly output",
            "give nightly a new directory (its first night processes every delivery), or run paivand run again");
      }
    }
  }

  /** Settings that change what rows yield make the state stale: only a backfill over everything may change them. */
  private static void checkSettings(NightlyState state, Map<String, String> settings, NightlyPlan plan,
      Map<String, List<String>> present, NightlyOptions options) {
    List<String> changes = state.settingChanges(settings);
    if (changes.isEmpty()) {
      return;
    }
    TreeSet<String> all = allDeliveries(state, present, options);
    if (!rereadsEverything(state, present, options)) {
      throw new UserError("the settings differ from those the output " + options.job().output() + " was built with",
          String.join("; ", changes),
          "backfill every delivery with the new settings (paivand backfill --from " + (all.isEmpty() ? "FIRST"
              : all.first()) + " --to " + (all.isEmpty() ? "LAST" : all.last()) + "), or use a new output");
    }
  }

  private static TreeSet<String> allDeliveries(NightlyState state, Map<String, List<String>> present,
      NightlyOptions options) {
    TreeSet<String> all = new TreeSet<>(state.partitions().keySet());
    present.keySet().stream().filter(day -> !LocalDate.parse(day).isAfter(options.date())).forEach(all::add);
    return all;
  }

  /** Whether tonight reads every delivery again (a backfill over all): only then may the settings change. */
  private static boolean rereadsEverything(NightlyState state, Map<String, List<String>> present,
      NightlyOptions options) {
    return options.reprocess() != null
        && allDeliveries(state, present, options).stream().allMatch(options.reprocess()::contains);
  }

  /** {@code .NAME.staging-RUNID} directories of {@code paivand run}s that were killed: with the lock held, no run owns them. */
  private static List<String> deleteStagingOfKilledRuns(FileSystem fileSystem, Path output) throws IOException {
    List<String> deleted = new ArrayList<>();
    FileStatus[] leftovers = fileSystem.globStatus(
        new Path(output.getParent(), "." + output.getName() + ".staging-*"));
    for (FileStatus leftover : leftovers == null ? new FileStatus[0] : leftovers) {
      fileSystem.delete(leftover.getPath(), true);
      deleted.add(leftover.getPath().getName() + ": staging of a killed run, deleted");
    }
    return deleted;
  }

  /**
   * The marks a full run gives, in its order: repeated ids first (the latest delivery wins), then text copies among
   * the articles left (--dedup exact: the earliest article of a text stays used). Marked over the whole state, as
   * a full run marks the whole corpus: a copy arriving tonight may supersede, or be superseded by, one of any month.
   * With --dedup exact the result is persisted (by {@link TextDuplicates#mark}); callers unpersist it.
   */
  static Dataset<Row> markForCounting(Dataset<Row> articles, JobConfig config) {
    return TextDuplicates.mark(DeduplicateArticles.mark(articles), config);
  }

  /**
   * Recomputes the tables derived from the daily tables after they changed: {@code timeseries}, rebuilt whole when
   * {@code series} is not null. Called with tonight's months staged, before the commit, so it is published in the
   * same update as the months it was built from.
   *
   * <p>The daily tables after tonight are the published months that are not rewritten plus the staged months (a
   * rewritten month with no rows left has no staged partition and is deleted by the commit). Built from that union,
   * the series is what {@code paivand series} would compute over the output once committed, without copying the
   * untouched months anywhere: their files are read where they are, under the lock no other run changes them.
   *
   * @param schemas per month table written tonight, its schema with {@code pub_month}: a table may have no files yet
   * @param tableRows receives the rows written per derived table
   * @return the derived tables (paths relative to the output) to replace in the commit
   */
  static List<String> recomputeDerivedTables(SparkSession spark, JobConfig config, Path output,
      NightlyCommit commit, List<String> rewrittenMonths, SeriesOptions series, List<String> sliceKinds,
      Map<String, StructType> schemas, Map<String, Long> tableRows) throws IOException {
    if (series == null) {
      return List.of();
    }
    FileSystem fileSystem = output.getFileSystem(spark.sparkContext().hadoopConfiguration());
    java.util.function.Function<String, Dataset<Row>> afterTonight = table -> {
      try {
        return monthsAfterTonight(spark, fileSystem, output, commit, table, schemas.get(table), rewrittenMonths);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + table + " of " + output, e);
      }
    };
    boolean sliced = !sliceKinds.isEmpty();
    TimeSeriesInputs inputs = TimeSeriesInputs.of(afterTonight.apply(CooccurrenceJob.TOTALS_DAILY),
        afterTonight.apply(CooccurrenceJob.ENTITIES_DAILY), afterTonight.apply(CooccurrenceJob.PAIRS_DAILY),
        sliced ? afterTonight.apply(SliceDailyTables.TOTALS) : null,
        sliced ? afterTonight.apply(SliceDailyTables.ENTITIES) : null,
        sliced ? afterTonight.apply(SliceDailyTables.PAIRS) : null);
    tableRows.put(TimeSeriesTables.TIMESERIES, TimeSeriesTables.write(
        TimeSeriesTables.build(spark, inputs, series, false),
        commit.staged(TimeSeriesTables.TIMESERIES).toString()));
    return List.of(TimeSeriesTables.TIMESERIES);
  }

  /** A month table as it will be after the commit: published months not rewritten tonight, and tonight's. */
  private static Dataset<Row> monthsAfterTonight(SparkSession spark, FileSystem fileSystem, Path output,
      NightlyCommit commit, String table, StructType schema, List<String> rewrittenMonths) throws IOException {
    Dataset<Row> rows = spark.createDataFrame(List.of(), schema);
    Path published = new Path(output, table);
    if (fileSystem.exists(published)) {
      rows = rows.unionByName(spark.read().schema(schema).parquet(published.toString())
          .filter(col(DailyTables.PUB_MONTH).isin(rewrittenMonths.toArray()).unary_$bang()));
    }
    Path staged = commit.staged(table);
    if (fileSystem.exists(staged)) {
      rows = rows.unionByName(spark.read().schema(schema).parquet(staged.toString()));
    }
    return rows;
  }

  static StructType stateSchema() {
    return DeduplicateArticles.withIngest(ArticleSchema.SCHEMA);
  }

  static Dataset<Row> readState(SparkSession spark, FileSystem fileSystem, Path path) throws IOException {
    if (!fileSystem.exists(path)) {
      return spark.createDataFrame(List.of(), stateSchema());
    }
    // the schema names ingest_date a string, so partition discovery does not turn it into a date
    return spark.read().schema(stateSchema()).parquet(path.toString());
  }

  /** One night's update, from extraction to commit. */
  private static final class Update {
    private final SparkSession spark;
    private final JobConfig config;
    private final NightlyOptions options;
    private final FileSystem fileSystem;
    private final Path root;
    private final Path output;
    private final String runId;
    private final Instant started;
    /** The schema (with {@code pub_month}) of each month table written tonight, by table name. */
    private final Map<String, StructType> schemas = new LinkedHashMap<>();

    Update(SparkSession spark, JobConfig config, NightlyOptions options, FileSystem fileSystem, Path root,
        Path output, String runId, Instant started) {
      this.spark = spark;
      this.config = config;
      this.options = options;
      this.fileSystem = fileSystem;
      this.root = root;
      this.output = output;
      this.runId = runId;
      this.started = started;
    }

    NightlyResult run(NightlyState state, NightlyPlan plan, Map<String, List<String>> present,
        Map<String, String> settings, SeriesOptions series, boolean everything, List<String> recovered)
        throws IOException {
      NightlyCommit commit = NightlyCommit.begin(fileSystem, output, runId);
      LongAccumulator analysed = spark.sparkContext().longAccumulator("paivand articles analysed");
      Dataset<Row> used = null;
      Dataset<Row> newMarked = null;
      try (Progress progress = new Progress(spark, analysed, config.quiet())) {
        PhaseTimer phases = new PhaseTimer(spark, progress);
        String stateRelative = NightlyState.DIRECTORY + "/" + NightlyState.ARTICLES_STATE;
        Path stagedState = commit.staged(stateRelative);
        long rowsRead = 0;
        InputFiles.Report files = null;
        String recordedKinds = state.recordedSliceKinds();
        String kinds = recordedKinds == null ? "" : recordedKinds;
        if (!plan.toRead().isEmpty()) {
          phases.start("read", "read and check " + plan.toRead().size() + " deliveries under " + root);
          List<String> paths = plan.toRead().stream()
              .map(day -> NightlyPartitions.partitionPath(root, day).toString()).toList();
          CorpusInput.Input input = CorpusInput.read(spark, config.withInputs(paths, config.output()));
          files = input.files();
          String found = String.join(",", input.sliceKinds());
          if (recordedKinds != null && !everything && !found.equals(recordedKinds)) {
            throw new UserError("tonight's deliveries " + plan.toRead() + " have other slice columns than the output "
                + output + " counts", "slices (lang, source) recorded: '" + recordedKinds + "', found: '" + found
                + "'; the *_daily_by_slice tables of earlier months would not agree with tonight's",
                "give the same --lang-col and --source-col (and deliveries with those columns), or backfill every"
                + " delivery");
          }
          kinds = found;
          rowsRead = input.rows().count();
          phases.start("extract", "normalize, split, match and date every article of " + plan.toRead());
          Dataset<Row> extracted = DeduplicateArticles.extractWithIngest(input.rows(),
              new ExtractMentions(config.zone(), config.maxTextChars(),
                  LocalDate.now(config.zone()).plusDays(1).toEpochDay(), analysed,
                  GazetteerFiles.read(config.gazetteerFiles(), spark.sparkContext().hadoopConfiguration()),
                  config.dedup() == DedupMode.NEAR));
          extracted.repartition(col(DeduplicateArticles.INGEST_DATE))
              .sortWithinPartitions(col(ArticleSchema.PUB_DAY), col(ArticleSchema.ID))
              .write().mode(SaveMode.ErrorIfExists).partitionBy(DeduplicateArticles.INGEST_DATE)
              .parquet(stagedState.toString());
        }
        Dataset<Row> tonight = readState(spark, fileSystem, stagedState);
        Map<String, Long> rowsByDelivery = new TreeMap<>();
        for (Row row : tonight.groupBy(DeduplicateArticles.INGEST_DATE).count().collectAsList()) {
          rowsByDelivery.put(row.getString(0), row.getLong(1));
        }
        long extractedRows = rowsByDelivery.values().stream().mapToLong(Long::longValue).sum();
        if (extractedRows != rowsRead || !plan.toRead().containsAll(rowsByDelivery.keySet())) {
          throw new IllegalStateException("reconciliation failed: " + rowsRead + " rows read but " + rowsByDelivery
              + " extracted per delivery");
        }
        phases.finish(extractedRows + " rows of " + rowsByDelivery.size() + " deliveries");

        phases.start("aggregate", "find the publication days that changed and count them again");
        Dataset<Row> oldState = readState(spark, fileSystem, NightlyState.articles(output));
        Column touched = col(DeduplicateArticles.INGEST_DATE).isin(plan.touched().toArray());
        Dataset<Row> newState = oldState.filter(touched.unary_$bang()).unionByName(tonight);
        settings.put(NightlyState.SLICE_KINDS, kinds);
        List<String> sliceKinds = kinds.isEmpty() ? List.of() : List.of(kinds.split(","));
        newMarked = markForCounting(newState, config);
        Dataset<Row> oldMarked = markForCounting(oldState, config);
        List<LocalDate> days = changedDays(oldMarked, newMarked, oldState.filter(touched).unionByName(tonight));
        oldMarked.unpersist();
        List<String> months = days.stream().map(day -> day.toString().substring(0, 7)).distinct().sorted().toList();
        Column month = date_format(date_from_unix_date(col(ArticleSchema.PUB_DAY)), "yyyy-MM");
        used = newMarked.filter(col(DeduplicateArticles.STATUS).equalTo(DeduplicateArticles.USED)
                .and(month.isin(months.toArray())))
            .persist(StorageLevel.MEMORY_AND_DISK());
        Map<String, Long> tableRows = new LinkedHashMap<>();
        tableRows.put(CooccurrenceJob.PAIRS_DAILY, writeByMonth(DailyTables.pairs(used),
            commit.staged(CooccurrenceJob.PAIRS_DAILY), "entity_a", "entity_b", "scope"));
        tableRows.put(CooccurrenceJob.ENTITIES_DAILY, writeByMonth(DailyTables.entities(used),
            commit.staged(CooccurrenceJob.ENTITIES_DAILY), "entity"));
        tableRows.put(CooccurrenceJob.TOTALS_DAILY, writeByMonth(DailyTables.totals(used),
            commit.staged(CooccurrenceJob.TOTALS_DAILY)));
        if (!sliceKinds.isEmpty()) { // per language and source, as a full run writes them when the input has them
          tableRows.put(SliceDailyTables.PAIRS, writeByMonth(SliceDailyTables.pairs(used, sliceKinds),
              commit.staged(SliceDailyTables.PAIRS), "slice_kind", "slice", "entity_a", "entity_b", "scope"));
          tableRows.put(SliceDailyTables.ENTITIES, writeByMonth(SliceDailyTables.entities(used, sliceKinds),
              commit.staged(SliceDailyTables.ENTITIES), "slice_kind", "slice", "entity"));
          tableRows.put(SliceDailyTables.TOTALS, writeByMonth(SliceDailyTables.totals(used, sliceKinds),
              commit.staged(SliceDailyTables.TOTALS), "slice_kind", "slice"));
        }
        Itemsets.Tables itemsets = Itemsets.compute(used, config.itemsets());
        tableRows.put(CooccurrenceJob.ITEMSETS, writeWithMonthsReplaced(commit, itemsets.itemsets(),
            CooccurrenceJob.ITEMSETS, months, "pub_month", "size", "items"));
        tableRows.put(CooccurrenceJob.ITEMSET_RULES, writeWithMonthsReplaced(commit, itemsets.rules(),
            CooccurrenceJob.ITEMSET_RULES, months, "pub_month", "antecedent", "consequent"));
        List<String> derived = recomputeDerivedTables(spark, config, output, commit, months, series, sliceKinds,
            schemas, tableRows);
        phases.start("write", "write mentions, articles and rejects of the changed months and deliveries");
        tableRows.put(CooccurrenceJob.MENTIONS, writeByMonth(DailyTables.mentions(used),
            commit.staged(CooccurrenceJob.MENTIONS), "id", "start"));
        tableRows.put(CooccurrenceJob.ARTICLES, writeByMonth(DailyTables.articles(used),
            commit.staged(CooccurrenceJob.ARTICLES), "id"));
        // rejects are per row, never marked against other deliveries: each delivery's rejects are its own
        Dataset<Row> rejects = null;
        for (String day : plan.toRead()) {
          Dataset<Row> ofDay = DailyTables.rejects(tonight.filter(col(ArticleSchema.REASON).isNotNull()
              .and(col(DeduplicateArticles.INGEST_DATE).equalTo(day))))
              .withColumn(DeduplicateArticles.INGEST_DATE, lit(day));
          rejects = rejects == null ? ofDay : rejects.unionByName(ofDay);
        }
        Path stagedRejects = commit.staged(CooccurrenceJob.REJECTS);
        if (rejects != null) {
          rejects.repartition(col(DeduplicateArticles.INGEST_DATE)).sortWithinPartitions("reason", "id")
              .write().mode(SaveMode.ErrorIfExists).partitionBy(DeduplicateArticles.INGEST_DATE)
              .parquet(stagedRejects.toString());
        }
        Map<String, Long> byStatus = new TreeMap<>();
        for (Row row : newMarked.filter(col(DeduplicateArticles.INGEST_DATE).isin(plan.toRead().toArray()))
            .groupBy(DeduplicateArticles.STATUS).count().collectAsList()) {
          byStatus.put(row.getString(0), row.getLong(1));
        }

        phases.start("publish", "commit the update of " + output);
        List<String> targets = new ArrayList<>();
        List<String> monthTables = new ArrayList<>(MONTH_TABLES);
        if (!sliceKinds.isEmpty()) {
          monthTables.addAll(List.of(SliceDailyTables.PAIRS, SliceDailyTables.ENTITIES, SliceDailyTables.TOTALS));
        }
        for (String table : monthTables) {
          months.forEach(m -> targets.add(table + "/" + DailyTables.PUB_MONTH + "=" + m));
        }
        for (String day : plan.touched()) {
          targets.add(CooccurrenceJob.REJECTS + "/" + DeduplicateArticles.INGEST_DATE + "=" + day);
          targets.add(stateRelative + "/" + DeduplicateArticles.INGEST_DATE + "=" + day);
        }
        targets.add(CooccurrenceJob.ITEMSETS);
        targets.add(CooccurrenceJob.ITEMSET_RULES);
        targets.addAll(derived);
        NightlyState next = state.update(settings, plan, present, rowsByDelivery);
        commit.writeStagedFile(NightlyState.DIRECTORY + "/" + NightlyState.PARTITIONS, next.toJson());
        targets.add(NightlyState.DIRECTORY + "/" + NightlyState.PARTITIONS);
        NightlyResult result = new NightlyResult(runId, output.toString(), false, plan.actions(), plan.later(),
            rowsRead, byStatus.getOrDefault(DeduplicateArticles.USED, 0L),
            byStatus.getOrDefault(DeduplicateArticles.REJECTED, 0L),
            byStatus.getOrDefault(DeduplicateArticles.DUPLICATE, 0L), days, months, tableRows, phases.seconds(),
            recovered);
        if (!result.reconciles()) {
          throw new IllegalStateException("reconciliation failed: " + rowsRead + " rows read but " + byStatus);
        }
        commit.writeStagedFile(OutputPublisher.RUN_REPORT, NightlyReport.toJson(result, options, spark, files,
            next, started, Instant.now()));
        targets.add(OutputPublisher.RUN_REPORT);
        commit.commit(targets);
        LOG.info("nightly {} committed: {} deliveries, {} publication days in {} months rewritten",
            options.date(), plan.actions().size(), days.size(), months.size());
        return result;
      } catch (Exception e) { // Spark's SparkException is checked but undeclared, hence Exception
        commit.abort();
        throw UnreadableInput.explain(e, config);
      } catch (Error e) {
        commit.abort();
        throw e;
      } finally {
        if (used != null) {
          used.unpersist();
        }
        if (newMarked != null) {
          newMarked.unpersist();
        }
      }
    }

    /**
     * The days to rewrite: every day a row of tonight's deliveries has, before or after (what they touch, even when
     * only their entities changed, as after a gazetteer change), and every day where the set of counted copies
     * differs between the old and the new state (a copy in another delivery superseded or restored).
     */
    private List<LocalDate> changedDays(Dataset<Row> oldMarked, Dataset<Row> newMarked, Dataset<Row> touchedRows) {
      Column[] key = COUNTED_KEY.stream().map(name -> col(name)).toArray(Column[]::new);
      Dataset<Row> before = oldMarked.filter(col(DeduplicateArticles.STATUS).equalTo(DeduplicateArticles.USED))
          .select(key);
      Dataset<Row> after = newMarked.filter(col(DeduplicateArticles.STATUS).equalTo(DeduplicateArticles.USED))
          .select(key);
      List<LocalDate> days = new ArrayList<>();
      Dataset<Row> touchedDays = touchedRows.filter(col(ArticleSchema.PUB_DAY).isNotNull())
          .select(ArticleSchema.PUB_DAY);
      for (Row row : before.exceptAll(after).unionByName(after.exceptAll(before)).select(ArticleSchema.PUB_DAY)
          .unionByName(touchedDays).distinct().collectAsList()) {
        days.add(LocalDate.ofEpochDay(row.getInt(0)));
      }
      days.sort(null);
      return days;
    }

    /**
     * Itemsets and rules are per month and each month's are mined from that month's articles alone
     * ({@link Itemsets}): tonight's months are mined again and replace theirs; the other months' rows are kept. The
     * table is small (a few rows per month) and unpartitioned, as a full run writes it, so it is written whole.
     */
    private long writeWithMonthsReplaced(NightlyCommit commit, Dataset<Row> tonight, String table, List<String> months,
        String... sortColumns) throws IOException {
      Dataset<Row> rows = tonight;
      Path published = new Path(output, table);
      if (fileSystem.exists(published)) {
        rows = spark.read().schema(tonight.schema()).parquet(published.toString())
            .filter(col("pub_month").isin(months.toArray()).unary_$bang()).unionByName(tonight);
      }
      Observation written = new Observation("rows written to " + table);
      rows.sort(java.util.Arrays.stream(sortColumns).map(name -> col(name)).toArray(Column[]::new))
          .observe(written, count(lit(1)).as("rows"))
          .write().mode(SaveMode.ErrorIfExists).parquet(commit.staged(table).toString());
      return CooccurrenceJob.rows(written);
    }

    private long writeByMonth(Dataset<Row> table, Path path, String... sortColumns) {
      schemas.put(path.getName(), table.withColumn(DailyTables.PUB_MONTH, lit("")).schema());
      return CooccurrenceJob.writeDaily(table, path.toString(), sortColumns); // as a full run writes them
    }
  }
}
