package org.paivand.spark.job;

/**
 * How copies of one text are counted ({@code --dedup}). Repeated ids are always counted once, whatever the mode; the
 * modes are about different ids carrying the same (or nearly the same) text, as syndicated agency copies do.
 */
public enum DedupMode {
  /** Every accepted article counts, copies included. */
  NONE,
  /** Articles with the same normalized text count once. */
  EXACT,
  /** Articles whose word shingles are near-identical (MinHash LSH, Jaccard at or above a threshold) count once. */
  NEAR;

  /**
   * What a run does when not told: counts stay those of earlier runs, and a day's counts depend only on that day's
   * rows (with text deduplication, whether a copy counts depends on whether the run also reads the day the original
   * appeared). See {@code docs/outputs.md}.
   */
  public static final DedupMode DEFAULT = NONE;

  public String cliName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
