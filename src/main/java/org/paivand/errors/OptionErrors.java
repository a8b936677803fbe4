package org.paivand.errors;

import java.util.List;

/**
 * The user errors of option values: a value out of range, a name that is not one of the choices, options that do not
 * go together. Each factory names the problem, its cause and the fix. The errors of what a command reads are in
 * {@link InputErrors}, those of what it writes or finds in an output in {@link OutputErrors}: one class of some eighty
 * factories would be too long to find one's way in, and the area is the first thing a reader of a message knows.
 */
public final class OptionErrors {
  private OptionErrors() {}

  // ---- run, nightly and backfill: the job's settings ----

  /** {@code --zone} of a job is not a zone id. */
  public static UserError unknownZone(String zone, String detail) {
    return new UserError("unknown time zone '" + zone + "'", detail,
        "give a region id such as UTC, Asia/Tehran or Europe/Moscow with --zone");
  }

  /** {@code --max-text-chars} would cut real articles. */
  public static UserError maxTextCharsTooSmall(int maxTextChars) {
    return new UserError("--max-text-chars " + maxTextChars + " is too small", "it would cut real articles",
        "give at least 1000, or leave the default (1000000)");
  }

  /** {@code --dedup} is not none, exact or near. */
  public static UserError unknownDedupMode(String dedup) {
    return new UserError("unknown --dedup mode '" + dedup + "'", "the modes are none, exact and near",
        "give --dedup none (every text counts), exact (same words count once) or near (near-identical texts "
            + "count once)");
  }

  /** {@code --near-threshold} without {@code --dedup near}. */
  public static UserError nearThresholdWithoutNear(double nearThreshold, String dedup) {
    return new UserError("--near-threshold " + nearThreshold + " has no effect with --dedup " + dedup,
        "only near-duplicate detection uses a similarity threshold",
        "add --dedup near, or leave --near-threshold out");
  }

  /** {@code --near-threshold} outside (0, 1]. */
  public static UserError nearThresholdNotASimilarity(double nearThreshold) {
    return new UserError("--near-threshold " + nearThreshold + " is not a similarity",
        "it is a Jaccard similarity of word shingles, between 0 (exclusive) and 1",
        "give a value such as 0.9 (the default) or 0.8 to catch more edited copies");
  }

  /** Itemset thresholds without {@code --itemsets}. */
  public static UserError itemsetThresholdsWithoutItemsets() {
    return new UserError("--itemset-min-support and --itemset-min-confidence have no effect without --itemsets",
        "frequent entity sets are mined only when asked for", "add --itemsets, or leave the thresholds out");
  }

  /** {@code --itemset-min-support} outside (0, 1]. */
  public static UserError itemsetMinSupportNotAFraction(double minSupport) {
    return new UserError("--itemset-min-support " + minSupport + " is not a fraction of articles",
        "it is the share of a month's articles an entity set must appear in, above 0 and at most 1",
        "give a value such as 0.01 (the default)");
  }

  /** {@code --itemset-min-confidence} outside [0, 1]. */
  public static UserError itemsetMinConfidenceNotAConfidence(double minConfidence) {
    return new UserError("--itemset-min-confidence " + minConfidence + " is not a confidence",
        "it is the share of the antecedent's articles that also hold the consequent, between 0 and 1",
        "give a value such as 0.5 (the default)");
  }

  /** {@code nightly} or {@code backfill} with {@code --dedup near}. */
  public static UserError nightlyNearDuplicates() {
    return new UserError("nightly cannot count near-duplicate texts once (--dedup near)",
        "near copies are found by comparing every text with every other, and the nightly state keeps no texts",
        "use --dedup exact or none for nightly outputs, or paivand run over the whole root for near");
  }

  /** {@code nightly} or {@code backfill} with {@code --mentions-text}. */
  public static UserError nightlyMentionsText() {
    return new UserError("nightly cannot keep the sentence text of mentions (--mentions-text)",
        "the nightly state keeps no texts, and months are rewritten from the state",
        "leave --mentions-text out: paivand report looks the sentences up in the deliveries named in _run.json");
  }

  /** {@code nightly} or {@code backfill} with other than one {@code --input}. */
  public static UserError nightlyInputs(int inputs) {
    return new UserError("nightly takes one --input, not " + inputs,
        "it reads one root holding an ingest_date=YYYY-MM-DD directory per delivery",
        "give the root of the deliveries once with --input");
  }

  /** {@code nightly --lookback-days} below zero. */
  public static UserError lookbackDaysNegative(int lookbackDays) {
    return new UserError("--lookback-days " + lookbackDays + " is negative", "it counts days back from --date",
        "give 0 or more, or leave it out to check every delivery");
  }

  /** {@code --lease-minutes} below one minute. */
  public static UserError leaseTooShort(long minutes) {
    return new UserError("--lease-minutes " + minutes + " is too short", "a live run renews its lock every"
        + " quarter of the lease", "give 1 or more minutes (default 10)");
  }

  /** A date option of {@code nightly} or {@code backfill} ({@code --date}, {@code --from}, {@code --to}). */
  public static UserError notADate(String option, String text, String detail) {
    return new UserError(option + " " + text + " is not a date", detail, "give it as YYYY-MM-DD");
  }

  /** {@code extract --date} is not a publication date the job would read. */
  public static UserError extractDateInvalid(String text, String detail) {
    return new UserError("--date " + text + " is not a publication date", detail,
        "give it as the date column would hold it: 2008-09-27, 1387/07/06 or ۶ مهر ۱۳۸۷ (paivand date checks one)");
  }

  /** {@code backfill --to} before {@code --from}. */
  public static UserError backfillRangeEmpty(Object first, Object last) {
    return emptyRange(first, last, "give --from no later than --to");
  }

  // ---- series, partners and report: reading an output ----

  /** The statistics options of {@code series} or {@code run --timeseries} are out of range. */
  public static UserError badSeriesOption(String detail) {
    return new UserError("bad time-series option: " + detail, "see paivand help series",
        "windows take 1 to 1000 periods, baselines 2 to 1000, --min-support at least 1, --watch a pair as IR,RU");
  }

  /** {@code series --granularity} is not one of the granularities. */
  public static UserError unknownGranularity(String granularity, String granularities) {
    return new UserError("unknown granularity '" + granularity + "'", "the granularities are " + granularities,
        "give one of them with --granularity, e.g. --granularity month");
  }

  /** {@code series --pair} is not two entity ids. */
  public static UserError badSeriesPair(String text, String detail) {
    return new UserError("bad --pair '" + text + "'", detail, "give two entity ids, e.g. --pair IR,RU");
  }

  /** {@code --scope} of {@code series} is neither document nor sentence. */
  public static UserError unknownScope(String scope) {
    return new UserError("unknown scope '" + scope + "'", "the scopes are document and sentence",
        "give --scope document (both entities in the article) or --scope sentence (in one sentence)");
  }

  /** {@code --slice} is not all, lang=VALUE or source=VALUE. */
  public static UserError unknownSlice(String text) {
    return new UserError("unknown slice '" + text + "'", "a slice is all, lang=VALUE or source=VALUE",
        "give e.g. --slice lang=fa or --slice source=irna, or leave --slice out for the whole corpus");
  }

  /** {@code --format} of a table-printing command is neither table nor csv. */
  public static UserError unknownTableFormat(String name) {
    return new UserError("unknown format '" + name + "'", "the formats are table and csv",
        "give --format table (aligned, for reading) or --format csv (for spreadsheets and scripts)");
  }

  /** {@code partners --to} before {@code --from}. */
  public static UserError partnersRangeEmpty(Object first, Object last) {
    return emptyRange(first, last, "give --from before --to");
  }

  /** {@code partners --min-support} or {@code --top} below 1. */
  public static UserError partnersCountsTooSmall(long minSupport, int top) {
    return new UserError("--min-support and --top must be at least 1", "they are " + minSupport + " and " + top,
        "give positive numbers, or leave the defaults (3 and 20)");
  }

  /** A day option of {@code partners} ({@code --from}, {@code --to}) is not a date. */
  public static UserError badDay(String option, String text, String detail) {
    return new UserError("bad " + option + " '" + text + "'", detail, "give a day as 2020-10-01");
  }

  /** {@code report --pair} is not two entity ids. */
  public static UserError badReportPair(String pair, String detail) {
    return new UserError("bad --pair " + pair, detail, "give two entity ids separated by a comma: --pair IR,RU");
  }

  /** {@code report --granularity} is not one of the timeseries table's. */
  public static UserError unknownReportGranularity(String granularity, List<String> granularities) {
    return new UserError("unknown --granularity " + granularity, "the timeseries table has " + granularities,
        "give one of " + String.join(", ", granularities));
  }

  /** {@code report --scope} is neither document nor sentence. */
  public static UserError unknownReportScope(String scope) {
    return new UserError("unknown --scope " + scope, "pairs are counted at document and sentence scope",
        "give --scope document or --scope sentence");
  }

  /** {@code report --top}, {@code --max-spikes} or {@code --examples} out of range. */
  public static UserError reportCountsOutOfRange(int top, int maxSpikes, int examples, long minVolume) {
    return new UserError("--top must be at least 1, --max-spikes, --examples and --min-volume at least 0",
        "got --top " + top + " --max-spikes " + maxSpikes + " --examples " + examples + " --min-volume " + minVolume,
        "give counts in range");
  }

  // ---- the commands without Spark: date, import, generate, bench ----

  /** {@code date --zone} is neither a region nor an offset. */
  public static UserError notATimeZone(String zone, String detail) {
    return new UserError("--zone " + zone + " is not a time zone", detail,
        "give a region such as Asia/Tehran or UTC, or an offset such as +03:30");
  }

  /** {@code import --format} is not one of the formats import reads. */
  public static UserError unknownImportFormat(String format, List<String> formats) {
    return new UserError("unknown input format '" + format + "'", "--format must name one of the formats import reads",
        "use --format " + String.join(", ", formats));
  }

  /** {@code import --lang} or {@code --source} with a format that sets them itself. */
  public static UserError langAndSourceDoNotApply(String formatName) {
    return new UserError("--lang and --source do not apply to --format " + formatName,
        "that format fixes lang and source itself", "leave out --lang and --source");
  }

  /** {@code generate --first-day} is not a date. */
  public static UserError firstDayNotADate(String firstDay, String detail) {
    return new UserError("--first-day '" + firstDay + "' is not a date", detail, "write it as yyyy-MM-dd");
  }

  /** A {@code generate} option is out of range. */
  public static UserError badGenerateOption(String detail) {
    return new UserError("bad generate option", detail, "see paivand generate --help");
  }

  /** {@code bench --corpus} is neither generated nor real. */
  public static UserError unknownBenchCorpus(String corpus, List<String> corpora) {
    return new UserError("unknown --corpus '" + corpus + "'", "the corpora are " + String.join(", ", corpora),
        "give --corpus generated (articles from `paivand generate`, the default) or --corpus real (articles remixed"
            + " from the real text in --data)");
  }

  /** {@code bench --data} without {@code --corpus real}. */
  public static UserError dataWithoutRealCorpus(Object data, String corpus) {
    return new UserError("--data " + data + " has no effect with --corpus " + corpus,
        "only the real-text corpus is read from a data directory", "add --corpus real, or leave --data out");
  }

  /** A {@code bench} option is out of range. */
  public static UserError badBenchOption(String detail) {
    return new UserError("bad bench option", detail, "see paivand bench --help");
  }

  private static UserError emptyRange(Object first, Object last, String fix) {
    return new UserError("--to " + last + " is before --from " + first, "the range would be empty", fix);
  }
}
