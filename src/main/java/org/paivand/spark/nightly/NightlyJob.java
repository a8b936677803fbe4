package org.paivand.spark.nightly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.paivand.errors.OptionErrors;
import org.paivand.errors.OutputErrors;
import org.paivand.output.OutputLayout;
import org.paivand.output.OutputLock;
import org.paivand.output.OutputTable;
import org.paivand.output.RunId;
import org.paivand.spark.job.DedupMode;
import org.paivand.spark.job.ItemsetOptions;
import org.paivand.spark.job.JobConfig;
import org.paivand.spark.job.RunProgress;
import org.paivand.spark.job.SeriesOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The nightly incremental run: reads only the deliveries ({@code ingest_date=YYYY-MM-DD} directories) that are new
 * or re-delivered since the last night, keeps their compact article rows in the output's state, finds the copies
 * that do not count over everything the output holds (the latest delivery wins, as in a full run), and rewrites only
 * the {@code pub_month} partitions whose days changed, with the counting step of {@code paivand run}. After any
 * sequence of nights the daily tables equal those of {@code paivand run} over the same deliveries. See
 * {@code docs/operations.md}.
 *
 * <ol>
 *   <li>lock the output ({@link OutputLock}), finish or drop earlier runs' pending updates ({@link NightlyCommit});
 *   <li>plan ({@link NightlyPlan}) from the listing of the root and the state; nothing to do: stop here, without
 *       starting Spark, with the output untouched;
 *   <li>{@link NightlyUpdate}: extract tonight's deliveries into staged state, count the changed months again from
 *       the new state, stage them with {@code partitions.json} and {@code _run.json}, commit them as one update.
 * </ol>
 */
public final class NightlyJob {
  private static final Logger LOG = LoggerFactory.getLogger("org.paivand.run");

  private NightlyJob() {}

  public static NightlyResult run(SparkSession spark, NightlyOptions options) {
    return run(() -> spark, spark.sparkContext().hadoopConfiguration(), options, RunProgress.NONE);
  }

  /** Spark is started through {@code sessions} only when there is something to do. */
  public static NightlyResult run(Supplier<SparkSession> sessions, Configuration hadoop, NightlyOptions options,
      RunProgress progress) {
    JobConfig config = options.job();
    if (config.dedup() == DedupMode.NEAR) {
      throw OptionErrors.nightlyNearDuplicates();
    }
    if (config.mentionsText()) {
      throw OptionErrors.nightlyMentionsText();
    }
    Instant started = Instant.now();
    String runId = RunId.of(started);
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
        // the options timeseries and itemsets were built with, unless tonight gives others
        SeriesOptions series = config.series() != null ? config.series() : state.recordedSeries();
        if (series == null && fileSystem.exists(OutputLayout.table(output, OutputTable.TIMESERIES))) {
          series = SeriesOptions.defaults();
        }
        ItemsetOptions itemsets = config.itemsets() != null ? config.itemsets() : state.recordedItemsets();
        Map<String, String> settings = NightlyState.settingsOf(config, itemsets);
        if (state.settings().containsKey(NightlyState.SLICE_KINDS)) { // what the input has: checked once read
          settings.put(NightlyState.SLICE_KINDS, state.settings().get(NightlyState.SLICE_KINDS));
        }
        settings.put(NightlyState.SERIES, NightlyState.seriesJson(series));
        checkSettings(state, settings, present, options);
        if (plan.isEmpty()) {
          LOG.info("nothing new under {} up to {}: the output is unchanged", root, options.date());
          return new NightlyResult(runId, output.toString(), true, Map.of(), plan.later(), 0, 0, 0, 0, List.of(),
              List.of(), Map.of(), Map.of(), recovered);
        }
        LOG.info("nightly {}: {}", options.date(), plan.actions());
        NightlyUpdate update = new NightlyUpdate(sessions.get(), options, fileSystem, root, output, runId, started,
            progress);
        return update.run(state, plan, present, settings, new NightlyUpdate.Derived(series, itemsets),
            rereadsEverything(state, present, options), recovered);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the nightly run of " + config.output(), e);
    }
  }

  /** A nightly output is new, empty, or has the state of earlier nights; anything else is refused. */
  private static void checkOutput(FileSystem fileSystem, Path output) {
    if (output.getParent() == null) {
      throw OutputErrors.outputAtRoot(output);
    }
    switch (OutputLayout.kind(fileSystem, output)) {
      case FILE -> throw OutputErrors.outputIsAFile(output);
      case RUN -> throw OutputErrors.runOutputHasNoNightlyState(output,
          OutputLayout.NIGHTLY + "/" + OutputLayout.NIGHTLY_PARTITIONS);
      case FOREIGN -> throw OutputErrors.notANightlyOutput(output);
      default -> { }
    }
  }

  /** Settings that change what rows yield make the state stale: only a backfill over everything may change them. */
  private static void checkSettings(NightlyState state, Map<String, String> settings,
      Map<String, List<String>> present, NightlyOptions options) {
    List<String> changes = state.settingChanges(settings);
    if (changes.isEmpty()) {
      return;
    }
    TreeSet<String> all = allDeliveries(state, present, options);
    if (!rereadsEverything(state, present, options)) {
      throw OutputErrors.settingsChanged(options.job().output(), changes, all.isEmpty() ? null : all.first(),
          all.isEmpty() ? null : all.last());
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

  /** Staging directories of {@code paivand run}s that were killed: with the lock held, no run owns them. */
  private static List<String> deleteStagingOfKilledRuns(FileSystem fileSystem, Path output) throws IOException {
    List<String> deleted = new ArrayList<>();
    FileStatus[] leftovers = fileSystem.globStatus(OutputLayout.stagingGlob(output));
    for (FileStatus leftover : leftovers == null ? new FileStatus[0] : leftovers) {
      fileSystem.delete(leftover.getPath(), true);
      deleted.add(leftover.getPath().getName() + ": staging of a killed run, deleted");
    }
    return deleted;
  }
}
