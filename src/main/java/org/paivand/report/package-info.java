/**
 * {@code paivand report}: charts and one offline HTML page from an output. Reads the output through {@code output}
 * and Spark.
 */
package org.paivand.report;
