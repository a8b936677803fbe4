/**
 * The {@code timeseries} table built from the daily tables of an output, its rebuild ({@code paivand series}), one
 * pair's series and the ranking of partners ({@code paivand partners}). Reads outputs through {@code output}; each
 * series is computed by the pure {@code org.paivand.series.SeriesRows} with the {@code org.paivand.stats} classes.
 */
package org.paivand.spark.timeseries;
