/**
 * {@code paivand bench}: the scan floor, paivand, naive Spark SQL and DuckDB side by side on one corpus, generated
 * or remixed from real news text ({@link org.paivand.bench.RealTextCorpus}).
 */
package org.paivand.bench;
