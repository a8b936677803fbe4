/**
 * The {@code timeseries} table built from the daily tables of an output, its rebuild ({@code paivand series}), one
 * pair's series and the ranking of partners ({@code paivand partners}). Reads outputs through {@code output}; the
 * statistics are the pure {@code org.paivand.stats} classes.
 */
package org.paivand.spark.timeseries;
