/**
 * The counting step of {@code paivand run} and of nightly runs ({@link org.paivand.spark.count.CountDaily}): compact
 * rows counted per partition in plain Java ({@code org.paivand.count}), combined by month in one shuffle, written as the
 * daily tables. Uses the pure core, {@code spark.extract} (column names) and {@code output}.
 */
package org.paivand.spark.count;
