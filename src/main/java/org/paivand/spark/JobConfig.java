package org.paivand.spark;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Everything one co-occurrence run needs, built once from the command line (or by a notebook) and passed down.
 *
 * @param inputs Parquet files, directories, globs or Hive-partitioned roots, as Hadoop paths or URIs
 * @param output the directory the run publishes into, replaced atomically
 * @param idColumn article id column (any type; read as a string)
 * @param textColumns text columns, joined by a line break in this order (title before body)
 * @param dateColumn publication date column: string (Gregorian or Jalali), date, timestamp or integer yyyyMMdd
 * @param langColumn language column, or null; when {@link #langColumnExplicit} is false it is used only if present
 * @param zone the zone in which timestamps become calendar days
 * @param quiet no progress output
 * @param sparkConf extra Spark settings ({@code --conf key=value})
 * @param skipCorruptFiles leave unreadable input files out (listed in {@code _run.json}) instead of stopping
 * @param maxTextChars longer texts are cut to this many characters before analysis (counted in {@code _run.json})
 * @param gazetteerFiles extra gazetteer files (local or Hadoop paths) that add or override entities, in order
 * @param dedup how copies of the same text are counted: not at all, exact copies once, or near copies once
 * @param nearThreshold the word-shingle Jaccard similarity from which two texts are near copies
 * @param sourceColumn source (outlet) column, or null; used for per-slice totals and series when present
 * @param series the time-series options when the run also writes {@code timeseries}, else null
 * @param itemsets thresholds of the frequent entity sets and rules ({@code itemsets}, {@code itemset_rules})
 */
public record JobConfig(
    List<String> inputs,
    String output,
    String idColumn,
    List<String> textColumns,
    String dateColumn,
    String langColumn,
    boolean langColumnExplicit,
    ZoneId zone,
    boolean quiet,
    Map<String, String> sparkConf,
    boolean skipCorruptFiles,
    int maxTextChars,
    List<String> gazetteerFiles,
    DedupMode dedup,
    double nearThreshold,
    String sourceColumn,
    SeriesOptions series,
    ItemsetOptions itemsets) implements Serializable {

  public static final String DEFAULT_ID_COLUMN = "id";
  public static final String DEFAULT_TEXT_COLUMN = "text";
  public static final String DEFAULT_DATE_COLUMN = "published";
  public static final String DEFAULT_LANG_COLUMN = "lang";
  public static final String DEFAULT_SOURCE_COLUMN = "source";
  /** About 500 pages: far above any news article, low enough to bound an executor's per-article buffers. */
  public static final int DEFAULT_MAX_TEXT_CHARS = 1_000_000;
  public static final double DEFAULT_NEAR_THRESHOLD = 0.9;

  public JobConfig {
    inputs = List.copyOf(inputs);
    textColumns = List.copyOf(textColumns);
    sparkConf = Map.copyOf(sparkConf);
    gazetteerFiles = List.copyOf(gazetteerFiles);
    if (dedup == null) {
      throw new IllegalArgumentException("dedup mode is required");
    }
    if (!(nearThreshold > 0 && nearThreshold <= 1)) {
      throw new IllegalArgumentException("near-duplicate threshold must be in (0, 1], not " + nearThreshold);
    }
    if (itemsets == null) {
      throw new IllegalArgumentException("itemset options are required");
    }
  }

  /** The configuration with the default itemset thresholds. */
  public JobConfig(List<String> inputs, String output, String idColumn, List<String> textColumns, String dateColumn,
      String langColumn, boolean langColumnExplicit, ZoneId zone, boolean quiet, Map<String, String> sparkConf,
      boolean skipCorruptFiles, int maxTextChars, List<String> gazetteerFiles, DedupMode dedup, double nearThreshold,
      String sourceColumn, SeriesOptions series) {
    this(inputs, output, idColumn, textColumns, dateColumn, langColumn, langColumnExplicit, zone, quiet, sparkConf,
        skipCorruptFiles, maxTextChars, gazetteerFiles, dedup, nearThreshold, sourceColumn, series,
        ItemsetOptions.defaults());
  }

  /** The defaults of {@code paivand run} for these inputs and output: what a notebook usually wants. */
  public static JobConfig of(List<String> inputs, String output) {
    return new JobConfig(inputs, output, DEFAULT_ID_COLUMN, List.of(DEFAULT_TEXT_COLUMN), DEFAULT_DATE_COLUMN,
        DEFAULT_LANG_COLUMN, false, ZoneId.of("UTC"), true, Map.of(), false, DEFAULT_MAX_TEXT_CHARS, List.of(),
        DedupMode.DEFAULT, DEFAULT_NEAR_THRESHOLD, DEFAULT_SOURCE_COLUMN, null, ItemsetOptions.defaults());
  }

  public JobConfig withInputs(List<String> runInputs, String runOutput) {
    return new JobConfig(runInputs, runOutput, idColumn, textColumns, dateColumn, langColumn, langColumnExplicit,
        zone, quiet, sparkConf, skipCorruptFiles, maxTextChars, gazetteerFiles, dedup, nearThreshold, sourceColumn,
        series, itemsets);
  }

  public JobConfig withTextColumns(List<String> columns) {
    return new JobConfig(inputs, output, idColumn, columns, dateColumn, langColumn, langColumnExplicit, zone, quiet,
        sparkConf, skipCorruptFiles, maxTextChars, gazetteerFiles, dedup, nearThreshold, sourceColumn, series,
        itemsets);
  }

  public JobConfig withZone(ZoneId runZone) {
    return new JobConfig(inputs, output, idColumn, textColumns, dateColumn, langColumn, langColumnExplicit, runZone,
        quiet, sparkConf, skipCorruptFiles, maxTextChars, gazetteerFiles, dedup, nearThreshold, sourceColumn, series,
        itemsets);
  }

  public JobConfig withSkipCorruptFiles(boolean skip) {
    return new JobConfig(inputs, output, idColumn, textColumns, dateColumn, langColumn, langColumnExplicit, zone,
        quiet, sparkConf, skip, maxTextChars, gazetteerFiles, dedup, nearThreshold, sourceColumn, series, itemsets);
  }

  public JobConfig withMaxTextChars(int limit) {
    return new JobConfig(inputs, output, idColumn, textColumns, dateColumn, langColumn, langColumnExplicit, zone,
        quiet, sparkConf, skipCorruptFiles, limit, gazetteerFiles, dedup, nearThreshold, sourceColumn, series,
        itemsets);
  }

  public JobConfig withQuiet(boolean quietRun) {
    return new JobConfig(inputs, output, idColumn, textColumns, dateColumn, langColumn, langColumnExplicit, zone,
        quietRun, sparkConf, skipCorruptFiles, maxTextChars, gazetteerFiles, dedup, nearThreshold, sourceColumn,
        series, itemsets);
  }

  public JobConfig withGazetteerFiles(List<String> files) {
    return new JobConfig(inputs, output, idColumn, textColumns, dateColumn, langColumn, langColumnExplicit, zone,
        quiet, sparkConf, skipCorruptFiles, maxTextChars, files, dedup, nearThreshold, sourceColumn, series, itemsets);
  }

  public JobConfig withDedup(DedupMode mode, double threshold) {
    return new JobConfig(inputs, output, idColumn, textColumns, dateColumn, langColumn, langColumnExplicit, zone,
        quiet, sparkConf, skipCorruptFiles, maxTextChars, gazetteerFiles, mode, threshold, sourceColumn, series,
        itemsets);
  }

  public JobConfig withSourceColumn(String column) {
    return new JobConfig(inputs, output, idColumn, textColumns, dateColumn, langColumn, langColumnExplicit, zone,
        quiet, sparkConf, skipCorruptFiles, maxTextChars, gazetteerFiles, dedup, nearThreshold, column, series,
        itemsets);
  }

  /** With {@code options} the run also writes {@code timeseries}; null leaves it out. */
  public JobConfig withSeries(SeriesOptions options) {
    return new JobConfig(inputs, output, idColumn, textColumns, dateColumn, langColumn, langColumnExplicit, zone,
        quiet, sparkConf, skipCorruptFiles, maxTextChars, gazetteerFiles, dedup, nearThreshold, sourceColumn, options,
        itemsets);
  }

  public JobConfig withItemsets(ItemsetOptions options) {
    return new JobConfig(inputs, output, idColumn, textColumns, dateColumn, langColumn, langColumnExplicit, zone,
        quiet, sparkConf, skipCorruptFiles, maxTextChars, gazetteerFiles, dedup, nearThreshold, sourceColumn, series,
        options);
  }
}
