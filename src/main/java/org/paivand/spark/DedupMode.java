package org.paivand.spark;

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

  /** What a run does when not told. */
  public static final DedupMode DEFAULT = NONE;

  public String cliName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
