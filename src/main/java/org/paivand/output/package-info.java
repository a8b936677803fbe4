/**
 * The layout of a paivand output directory, in one place: every table ({@link org.paivand.output.OutputTable}), what
 * makes a directory an output ({@link org.paivand.output.OutputLayout}), the run id, the lock, the atomic directory
 * swap and the publisher of a run, and the table writer that counts what it writes. Uses Spark (to write tables) and
 * Hadoop file systems; not the jobs, the report or the command line, which read and write outputs through it.
 */
package org.paivand.output;
