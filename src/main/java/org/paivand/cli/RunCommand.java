package org.paivand.cli;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.paivand.errors.OptionErrors;
import org.paivand.spark.run.CooccurrenceJob;
import org.paivand.spark.job.DedupMode;
import org.paivand.spark.job.ItemsetOptions;
import org.paivand.spark.job.JobConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code paivand run}: the co-occurrence batch job over a Parquet corpus. */
@Command(name = "run", description = "Count co-occurring entity pairs per publication day over a Parquet corpus.")
public final class RunCommand implements Callable<Integer> {
  @Option(names = "--input", required = true, arity = "1..*", paramLabel = "PATH",
      description = "Parquet file, directory, glob or partitioned root (local, hdfs://, s3a://); repeatable")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--output", required = true, paramLabel = "DIR",
      description = "output directory, replaced atomically; must be new, empty or an earlier paivand output")
  String output;

  @Option(names = "--id-col", defaultValue = JobConfig.DEFAULT_ID_COLUMN, description = "id column (default: id)")
  String idColumn;

  @Option(names = "--text-col", paramLabel = "COL",
      description = "text column, repeatable, joined in order (default: text)")
  List<String> textColumns = new ArrayList<>();

  @Option(names = "--date-col", defaultValue = JobConfig.DEFAULT_DATE_COLUMN,
      description = "publication date column: string (Gregorian or Jalali), date, timestamp (default: published)")
  String dateColumn;

  @Option(names = "--lang-col", description = "language column (default: lang, when present)")
  String langColumn;

  @Option(names = "--zone", defaultValue = "UTC", description = "zone in which timestamps become days (default: UTC)")
  String zone;

  @Option(names = "--skip-corrupt-files",
      description = "leave unreadable input files out (listed in _run.json) instead of stopping before writing")
  boolean skipCorruptFiles;

  @Option(names = "--max-text-chars", defaultValue = "" + JobConfig.DEFAULT_MAX_TEXT_CHARS, paramLabel = "N",
      description = "cut longer texts to N characters before analysis, counted in _run.json (default: 1000000)")
  int maxTextChars;

  @Mixin GazetteerMixin gazetteer;

  @Mixin RolesMixin roles;

  @Option(names = "--dedup", defaultValue = "none", paramLabel = "none|exact|near",
      description = "count copies of a text under other ids once: not at all, same words, or near-identical words "
          + "(default: none; repeated ids always count once)")
  String dedup;

  @Option(names = "--near-threshold", paramLabel = "X",
      description = "with --dedup near: word-shingle Jaccard similarity from which texts are copies (default: 0.9)")
  Double nearThreshold;

  @Option(names = "--source-col", paramLabel = "COL",
      description = "source (outlet) column, counted per slice (default: source, when present)")
  String sourceColumn;

  @Option(names = "--itemsets", description = "also mine frequent entity sets and rules per month (FPGrowth)")
  boolean itemsets;

  @Option(names = "--itemset-min-support", paramLabel = "F",
      description = "with --itemsets: sets in at least this fraction of a month's articles (default: 0.01)")
  Double itemsetMinSupport;

  @Option(names = "--itemset-min-confidence", paramLabel = "F",
      description = "with --itemsets: rules with at least this confidence (default: 0.5)")
  Double itemsetMinConfidence;
  @Option(names = "--timeseries", description = "also write the timeseries table (see docs/metrics.md)")
  boolean timeseries;

  @Option(names = "--mentions-text",
      description = "mentions also hold each mention's sentence (report looks sentences up without it)")
  boolean mentionsText;

  @Mixin SeriesOptionsMixin seriesOptions;

  @Mixin QuietMixin quiet;

  @Mixin SparkOptions sparkOptions;

  @Option(names = "--submitted", hidden = true, description = "running under spark-submit: use its session")
  boolean submitted;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    JobConfig config = config();
    return sparkOptions.inSession(submitted, config.inputs(), spark -> {
      try (Progress progress = new Progress(quiet.enabled(), System.err)) {
        RunSummary.printShort(spec.commandLine().getOut(), CooccurrenceJob.run(spark, config, progress),
            quiet.enabled());
      }
      return UserErrors.OK;
    });
  }

  JobConfig config() {
    ZoneId zoneId;
    try {
      zoneId = ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw OptionErrors.unknownZone(zone, e.getMessage());
    }
    if (maxTextChars < 1000) {
      throw OptionErrors.maxTextCharsTooSmall(maxTextChars);
    }
    List<String> texts = textColumns.isEmpty() ? List.of(JobConfig.DEFAULT_TEXT_COLUMN) : textColumns;
    boolean langExplicit = langColumn != null;
    return JobConfig.of(inputs, output).toBuilder()
        .idColumn(idColumn)
        .textColumns(texts)
        .dateColumn(dateColumn)
        .langColumn(langExplicit ? langColumn : JobConfig.DEFAULT_LANG_COLUMN, langExplicit)
        .zone(zoneId)
        .quiet(quiet.enabled())
        .sparkConf(sparkOptions.conf)
        .skipCorruptFiles(skipCorruptFiles)
        .maxTextChars(maxTextChars)
        .gazetteerFiles(gazetteer.files())
        .dedup(dedupMode(), nearThreshold())
        .sourceColumn(sourceColumn != null ? sourceColumn : JobConfig.DEFAULT_SOURCE_COLUMN)
        .series(timeseries ? seriesOptions.options() : null)
        .itemsets(itemsetOptions())
        .mentionsText(mentionsText)
        .roles(roles.on())
        .build();
  }

  private DedupMode dedupMode() {
    for (DedupMode mode : DedupMode.values()) {
      if (mode.cliName().equals(dedup)) {
        return mode;
      }
    }
    throw OptionErrors.unknownDedupMode(dedup);
  }

  private double nearThreshold() {
    if (nearThreshold == null) {
      return JobConfig.DEFAULT_NEAR_THRESHOLD;
    }
    if (dedupMode() != DedupMode.NEAR) {
      throw OptionErrors.nearThresholdWithoutNear(nearThreshold, dedup);
    }
    if (!(nearThreshold > 0 && nearThreshold <= 1)) {
      throw OptionErrors.nearThresholdNotASimilarity(nearThreshold);
    }
    return nearThreshold;
  }

  private ItemsetOptions itemsetOptions() {
    if (!itemsets) {
      if (itemsetMinSupport != null || itemsetMinConfidence != null) {
        throw OptionErrors.itemsetThresholdsWithoutItemsets();
      }
      return null;
    }
    double itemsetMinSupport = this.itemsetMinSupport == null ? ItemsetOptions.DEFAULT_MIN_SUPPORT
        : this.itemsetMinSupport;
    double itemsetMinConfidence = this.itemsetMinConfidence == null ? ItemsetOptions.DEFAULT_MIN_CONFIDENCE
        : this.itemsetMinConfidence;
    if (!(itemsetMinSupport > 0 && itemsetMinSupport <= 1)) {
      throw OptionErrors.itemsetMinSupportNotAFraction(itemsetMinSupport);
    }
    if (!(itemsetMinConfidence >= 0 && itemsetMinConfidence <= 1)) {
      throw OptionErrors.itemsetMinConfidenceNotAConfidence(itemsetMinConfidence);
    }
    return new ItemsetOptions(itemsetMinSupport, itemsetMinConfidence);
  }
}
