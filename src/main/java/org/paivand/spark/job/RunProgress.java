package org.paivand.spark.job;

import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;

/**
 * What a job tells whoever watches it: the rows it is about to read, each phase as it starts and ends. The command
 * line shows it on a terminal; a notebook or a test passes {@link #NONE}. The jobs do not print anything themselves.
 */
public interface RunProgress extends AutoCloseable {
  /** Watches nothing. */
  RunProgress NONE = new RunProgress() {};

  /**
   * The job has started reading {@code rows} rows (0 when not known); {@code analysed} counts the articles the text
   * pass has analysed so far (for display only: a retried task counts its rows again).
   */
  default void reading(SparkSession spark, LongAccumulator analysed, long rows) {}

  default void phase(String name) {}

  default void phaseDone(String name, double seconds, String figures) {}

  @Override
  default void close() {}
}
