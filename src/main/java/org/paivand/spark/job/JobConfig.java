package org.paivand.spark.job;

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
 * @param itemsets with {@code --itemsets}: thresholds of the frequent entity sets and rules ({@code itemsets},
 *     {@code itemset_rules}); null: the run does not mine them
 * @param mentionsText {@code mentions} holds each mention's sentence text ({@code --mentions-text})
 * @param roles role mentions count: "the Russian foreign minister" is the office holder of the publication day
 *     (default; {@code --no-roles} turns them off)
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
    ItemsetOptions itemsets,
    boolean mentionsText,
    boolean roles) implements Serializable {

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
  }

  /** The defaults of {@code paivand run} for these inputs and output: what a notebook usually wants. */
  public static JobConfig of(List<String> inputs, String output) {
    return new JobConfig(inputs, output, DEFAULT_ID_COLUMN, List.of(DEFAULT_TEXT_COLUMN), DEFAULT_DATE_COLUMN,
        DEFAULT_LANG_COLUMN, false, ZoneId.of("UTC"), true, Map.of(), false, DEFAULT_MAX_TEXT_CHARS, List.of(),
        DedupMode.DEFAULT, DEFAULT_NEAR_THRESHOLD, DEFAULT_SOURCE_COLUMN, null, null, false, true);
  }

  /** A copy to change several settings at once: {@code config.toBuilder().zone(z).quiet(true).build()}. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** A {@link JobConfig} being changed; {@link #build()} checks it as the record's constructor does. */
  public static final class Builder {
    private List<String> inputs;
    private String output;
    private String idColumn;
    private List<String> textColumns;
    private String dateColumn;
    private String langColumn;
    private boolean langColumnExplicit;
    private ZoneId zone;
    private boolean quiet;
    private Map<String, String> sparkConf;
    private boolean skipCorruptFiles;
    private int maxTextChars;
    private List<String> gazetteerFiles;
    private DedupMode dedup;
    private double nearThreshold;
    private String sourceColumn;
    private SeriesOptions series;
    private ItemsetOptions itemsets;
    private boolean mentionsText;
    private boolean roles;

    private Builder(JobConfig from) {
      inputs = from.inputs;
      output = from.output;
      idColumn = from.idColumn;
      textColumns = from.textColumns;
      dateColumn = from.dateColumn;
      langColumn = from.langColumn;
      langColumnExplicit = from.langColumnExplicit;
      zone = from.zone;
      quiet = from.quiet;
      sparkConf = from.sparkConf;
      skipCorruptFiles = from.skipCorruptFiles;
      maxTextChars = from.maxTextChars;
      gazetteerFiles = from.gazetteerFiles;
      dedup = from.dedup;
      nearThreshold = from.nearThreshold;
      sourceColumn = from.sourceColumn;
      series = from.series;
      itemsets = from.itemsets;
      mentionsText = from.mentionsText;
      roles = from.roles;
    }

    public Builder inputs(List<String> value) {
      inputs = value;
      return this;
    }

    public Builder output(String value) {
      output = value;
      return this;
    }

    public Builder idColumn(String value) {
      idColumn = value;
      return this;
    }

    public Builder textColumns(List<String> value) {
      textColumns = value;
      return this;
    }

    public Builder dateColumn(String value) {
      dateColumn = value;
      return this;
    }

    /** The language column; {@code explicit}: asked for by name, so it must exist (else used only when present). */
    public Builder langColumn(String value, boolean explicit) {
      langColumn = value;
      langColumnExplicit = explicit;
      return this;
    }

    public Builder zone(ZoneId value) {
      zone = value;
      return this;
    }

    public Builder quiet(boolean value) {
      quiet = value;
      return this;
    }

    public Builder sparkConf(Map<String, String> value) {
      sparkConf = value;
      return this;
    }

    public Builder skipCorruptFiles(boolean value) {
      skipCorruptFiles = value;
      return this;
    }

    public Builder maxTextChars(int value) {
      maxTextChars = value;
      return this;
    }

    public Builder gazetteerFiles(List<String> value) {
      gazetteerFiles = value;
      return this;
    }

    public Builder dedup(DedupMode mode, double threshold) {
      dedup = mode;
      nearThreshold = threshold;
      return this;
    }

    public Builder sourceColumn(String value) {
      sourceColumn = value;
      return this;
    }

    public Builder series(SeriesOptions value) {
      series = value;
      return this;
    }

    /** With options the run mines {@code itemsets} and {@code itemset_rules}; null leaves them out. */
    public Builder itemsets(ItemsetOptions value) {
      itemsets = value;
      return this;
    }

    public Builder mentionsText(boolean value) {
      mentionsText = value;
      return this;
    }

    /** Role mentions on (the default) or off ({@code --no-roles}). */
    public Builder roles(boolean value) {
      roles = value;
      return this;
    }

    public JobConfig build() {
      return new JobConfig(inputs, output, idColumn, textColumns, dateColumn, langColumn, langColumnExplicit, zone,
          quiet, sparkConf, skipCorruptFiles, maxTextChars, gazetteerFiles, dedup, nearThreshold, sourceColumn,
          series, itemsets, mentionsText, roles);
    }
  }
}
