/**
 * Reading a corpus at the door: listing and checking its files from their Parquet footers (rows, schemas, corrupt
 * files), the explicit read schema and the projection to the columns the text pass reads, the gazetteer files, and the
 * sizing of splits and shuffles from the input. Uses {@code spark.job} and the pure core.
 */
package org.paivand.spark.input;
