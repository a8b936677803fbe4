/**
 * The co-occurrence run ({@link org.paivand.spark.run.CooccurrenceJob}): read, one pass over the text, count, write,
 * publish; its result ({@link org.paivand.spark.run.RunResult}) and {@code _run.json}. Uses the other {@code spark}
 * subpackages and {@code output}.
 */
package org.paivand.spark.run;
