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
    int maxTextChars) implements Serializable {

  public static final String DEFAULT_ID_COLUMN = "id";
  public static final String DEFAULT_TEXT_COLUMN = "text";
  public static final String DEFAULT_DATE_COLUMN = "published";
  public static final String DEFAULT_LANG_COLUMN = "lang";
  /** About 500 pages: far above any news article, low enough to bound an executor's per-article buffers. */
  public static final int DEFAULT_MAX_TEXT_CHARS = 1_000_000;

  public JobConfig {
    inputs = List.copyOf(inputs);
    textColumns = List.copyOf(textColumns);
    sparkConf = Map.copyOf(sparkConf);
  }

  /** The defaults of {@code paivand run} for these inputs and output: what a notebook usually wants. */
  public static JobConfig of(List<String> inputs, String output) {
    return new JobConfig(inputs, output, DEFAULT_ID_COLUMN, List.of(DEFAULT_TEXT_COLUMN), DEFAULT_DATE_COLUMN,
        DEFAULT_LANG_COLUMN, false, ZoneId.of("UTC"), true, Map.of(), false, DEFAULT_MAX_TEXT_CHARS);
  }

  public JobConfig withTextColumns(List<String> columns) {
    return new JobConfig(inputs, output, idColumn, columns, dateColumn, langColumn, langColumnExplicit, zone, quiet,
        sparkConf, skipCorruptFiles, maxTextChars);
  }

  public JobConfig withZone(ZoneId runZone) {
    return new JobConfig(inputs, output, idColumn, textColumns, dateColumn, langColumn, langColumnExplicit, runZone,
        quiet, sparkConf, skipCorruptFiles, maxTextChars);
  }

  public JobConfig withSkipCorruptFiles(boolean skip) {
    return new JobConfig(inputs, output, idColumn, textColumns, dateColumn, langColumn, langColumnExplicit, zone,
        quiet, sparkConf, skip, maxTextChars);
  }

  public JobConfig withMaxTextChars(int limit) {
    return new JobConfig(inputs, output, idColumn, textColumns, dateColumn, langColumn, langColumnExplicit, zone,
        quiet, sparkConf, skipCorruptFiles, limit);
  }

  public JobConfig withQuiet(boolean quietRun) {
    return new JobConfig(inputs, output, idColumn, textColumns, dateColumn, langColumn, langColumnExplicit, zone,
        quietRun, sparkConf, skipCorruptFiles, maxTextChars);
  }
}
