/**
 * {@code paivand bench}: the scan floor, paivand, naive Spark SQL and DuckDB side by side on one corpus.
 */
package org.paivand.bench;
