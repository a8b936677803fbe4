/**
 * The accepted rows that do not count: the losing copies of a repeated id and, with {@code --dedup}, text copies
 * (exact, or near by MinHash LSH), found from narrow keys and collected once
 * ({@link org.paivand.spark.dedup.Exclusions}). Uses the compact rows' column names and {@code spark.job}.
 */
package org.paivand.spark.dedup;
