/**
 * What every Spark job shares: its configuration ({@link org.paivand.spark.job.JobConfig} and the option types it
 * holds), how it starts Spark, how it times its phases and counts its Spark jobs, and what it tells a watcher
 * ({@link org.paivand.spark.job.RunProgress}). Uses Spark and the pure core only.
 */
package org.paivand.spark.job;
