package org.paivand.output;

import java.util.List;

/**
 * Every table of a paivand output: its directory name, how it is partitioned and the order of its rows in each file.
 * Columns and meaning: {@code docs/outputs.md}; the writers ({@link TableWriter}) and every reader of an output
 * ({@code report}, {@code series}, the nightly job, the demo) name tables only through this enum.
 */
public enum OutputTable {
  PAIRS_DAILY("pairs_daily", Partitioning.MONTH, "pub_date", "entity_a", "entity_b", "scope"),
  ENTITIES_DAILY("entities_daily", Partitioning.MONTH, "pub_date", "entity"),
  TOTALS_DAILY("totals_daily", Partitioning.MONTH, "pub_date"),
  PAIRS_BY_SLICE("pairs_daily_by_slice", Partitioning.MONTH, "pub_date", "slice_kind", "slice", "entity_a",
      "entity_b", "scope"),
  ENTITIES_BY_SLICE("entities_daily_by_slice", Partitioning.MONTH, "pub_date", "slice_kind", "slice", "entity"),
  TOTALS_BY_SLICE("totals_daily_by_slice", Partitioning.MONTH, "pub_date", "slice_kind", "slice"),
  MENTIONS("mentions", Partitioning.MONTH, "pub_date", "id", "start"),
  ARTICLES("articles", Partitioning.MONTH, "pub_date", "id"),
  /** Partitioned by delivery ({@code ingest_date}) in a nightly output, unpartitioned in a run's. */
  REJECTS("rejects", Partitioning.NONE, "reason", "id"),
  DUPLICATES("duplicates", Partitioning.NONE, "kept_pub_date", "duplicate_of", "pub_date", "id"),
  ITEMSETS("itemsets", Partitioning.NONE, "pub_month", "size", "items"),
  ITEMSET_RULES("itemset_rules", Partitioning.NONE, "pub_month", "antecedent", "consequent"),
  TIMESERIES("timeseries", Partitioning.NONE, "granularity", "slice_kind", "slice", "scope", "entity_a", "entity_b",
      "period_start");

  /** How a table's files are laid out under its directory. */
  public enum Partitioning {
    /** {@code pub_month=yyyy-MM/} directories, one month's rows together; a later run rewrites only its months. */
    MONTH,
    /** Files directly under the table's directory. */
    NONE
  }

  /** The partition column of the month tables, {@code yyyy-MM} of {@code pub_date}. */
  public static final String PUB_MONTH = "pub_month";
  public static final String PUB_DATE = "pub_date";
  /** The per-slice tables' first columns: {@code lang} or {@code source}, and the column's value. */
  public static final String SLICE_KIND = "slice_kind";
  public static final String SLICE = "slice";
  /** The values of {@code pairs_daily.scope}. */
  public static final String SCOPE_DOCUMENT = "document";
  public static final String SCOPE_SENTENCE = "sentence";

  /** The daily tables, counted per publication day; the first three are the corpus', the others per slice. */
  public static final List<OutputTable> DAILY = List.of(PAIRS_DAILY, ENTITIES_DAILY, TOTALS_DAILY, PAIRS_BY_SLICE,
      ENTITIES_BY_SLICE, TOTALS_BY_SLICE);
  /** The tables a nightly update rewrites per publication month. */
  public static final List<OutputTable> BY_MONTH = List.of(PAIRS_DAILY, ENTITIES_DAILY, TOTALS_DAILY, PAIRS_BY_SLICE,
      ENTITIES_BY_SLICE, TOTALS_BY_SLICE, MENTIONS, ARTICLES);

  private final String directory;
  private final Partitioning partitioning;
  private final List<String> sortColumns;

  OutputTable(String directory, Partitioning partitioning, String... sortColumns) {
    this.directory = directory;
    this.partitioning = partitioning;
    this.sortColumns = List.of(sortColumns);
  }

  /** The table's directory under the output, which is also its name in {@code _run.json}. */
  public String directory() {
    return directory;
  }

  public Partitioning partitioning() {
    return partitioning;
  }

  /** The columns each file is sorted by. */
  public List<String> sortColumns() {
    return sortColumns;
  }

  /** Whether the table is one of the per-slice daily tables. */
  public boolean sliced() {
    return this == PAIRS_BY_SLICE || this == ENTITIES_BY_SLICE || this == TOTALS_BY_SLICE;
  }

  /** The table named {@code directory}, or null. */
  public static OutputTable named(String directory) {
    for (OutputTable table : values()) {
      if (table.directory.equals(directory)) {
        return table;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return directory;
  }
}
