/**
 * The Spark jobs and their steps, one subpackage each. A job is a library call that notebooks, tests and the command
 * line make alike: {@code spark.run.CooccurrenceJob.run}, {@code spark.nightly.NightlyJob.run},
 * {@code spark.timeseries.TimeSeriesRebuild.rebuild} ({@code paivand series}) and {@code PartnersRanking.rank}.
 *
 * <ul>
 *   <li>{@code spark.run}: the co-occurrence run in its five phases, its result and its {@code _run.json};
 *   <li>{@code spark.nightly}: the incremental run, counting with the run's own steps;
 *   <li>{@code spark.job}: what every job shares (configuration, options, phases, session);
 *   <li>{@code spark.input}: reading and checking the corpus;
 *   <li>{@code spark.extract}: the one pass over the text into compact rows, and the per-article tables;
 *   <li>{@code spark.dedup}: the copies that do not count;
 *   <li>{@code spark.count}: the counting step of run and nightly;
 *   <li>{@code spark.itemsets}, {@code spark.timeseries}: tables derived from the counts.
 * </ul>
 *
 * <p>A step may use the pure core, {@code output}, {@code spark.job} and the steps it is made of; the jobs use steps,
 * never the other way round, and nothing here uses the command line ({@code ArchitectureTest}).
 */
package org.paivand.spark;
