/**
 * The co-occurrence run ({@link org.paivand.spark.CooccurrenceJob}): its five phases, its result and its
 * {@code _run.json}. The steps live in the subpackages, each of which may use the pure core, {@code output} and
 * {@code spark.job}, and never this package or the command line:
 *
 * <ul>
 *   <li>{@code spark.job}: what every job shares (configuration, options, phases, session);
 *   <li>{@code spark.input}: reading and checking the corpus;
 *   <li>{@code spark.extract}: the one pass over the text into compact rows, and the per-article tables;
 *   <li>{@code spark.dedup}: the copies that do not count;
 *   <li>{@code spark.count}: the counting step of run and nightly;
 *   <li>{@code spark.itemsets}, {@code spark.timeseries}: tables derived from the counts;
 *   <li>{@code spark.nightly}: the incremental run.
 * </ul>
 */
package org.paivand.spark;
