package org.paivand.spark.timeseries;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.paivand.stats.Association;
import org.paivand.stats.ShareInterval;
import org.paivand.stats.Trend;

/**
 * The executor side of {@link TimeSeriesTables}: turns each row of counts and window sums ({@link #INPUT}) into a
 * {@code timeseries} row ({@link #SCHEMA}) with the statistics of the pure {@link Association} and {@link Trend}.
 */
final class TimeSeriesStatistics implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  /** The columns {@link TimeSeriesTables} hands over, in this order. */
  static final List<String> INPUT = List.of("granularity", "period_start", "period_label", "scope", "slice_kind",
      "slice", "entity_a", "entity_b", "watchlist", "pair_articles", "pair_sentences", "a_articles", "b_articles",
      "total_articles", "window_sum", "window_periods", "baseline_sum", "baseline_sum_squares", "baseline_periods");

  /** The {@code timeseries} table; {@code docs/metrics.md} says what each column means. */
  static final StructType SCHEMA = new StructType()
      .add("granularity", DataTypes.StringType, false)
      .add("period_start", DataTypes.DateType, false)
      .add("period_label", DataTypes.StringType, false)
      .add("scope", DataTypes.StringType, false)
      .add("slice_kind", DataTypes.StringType, false)
      .add("slice", DataTypes.StringType, false)
      .add("entity_a", DataTypes.StringType, false)
      .add("entity_b", DataTypes.StringType, false)
      .add("watchlist", DataTypes.BooleanType, false)
      .add("pair_articles", DataTypes.LongType, false)
      .add("pair_sentences", DataTypes.LongType, true)
      .add("a_articles", DataTypes.LongType, false)
      .add("b_articles", DataTypes.LongType, false)
      .add("total_articles", DataTypes.LongType, false)
      .add("share", DataTypes.DoubleType, true)
      .add("share_low", DataTypes.DoubleType, true)
      .add("share_high", DataTypes.DoubleType, true)
      .add("pmi", DataTypes.DoubleType, true)
      .add("npmi", DataTypes.DoubleType, true)
      .add("llr", DataTypes.DoubleType, true)
      .add("jaccard", DataTypes.DoubleType, true)
      .add("rolling_share", DataTypes.DoubleType, true)
      .add("zscore", DataTypes.DoubleType, true)
      .add("spike", DataTypes.BooleanType, false);

  private final double spikeZ;
  private final long spikeMinArticles;

  TimeSeriesStatistics(double spikeZ, long spikeMinArticles) {
    this.spikeZ = spikeZ;
    this.spikeMinArticles = spikeMinArticles;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> input) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return input.hasNext();
      }

      @Override
      public Row next() {
        return statistics(input.next());
      }
    };
  }

  private Row statistics(Row row) {
    long nab = row.getLong(9);
    long na = row.getLong(11);
    long nb = row.getLong(12);
    long n = row.getLong(13);
    Double share = Association.share(nab, n);
    ShareInterval interval = ShareInterval.wilson(nab, n);
    Double zscore = Trend.zscore(share, row.getDouble(16), row.getDouble(17), row.getLong(18));
    Double baselineMean = Trend.baselineMean(row.getDouble(16), row.getLong(18));
    return RowFactory.create(row.get(0), row.get(1), row.get(2), row.get(3), row.get(4), row.get(5), row.get(6),
        row.get(7), row.get(8), nab, row.get(10), na, nb, n, share,
        interval == null ? null : interval.low(), interval == null ? null : interval.high(),
        Association.pmi(nab, na, nb, n), Association.npmi(nab, na, nb, n), Association.llr(nab, na, nb, n),
        Association.jaccard(nab, na, nb, n), Trend.rollingMean(row.getDouble(14), row.getLong(15)), zscore,
        Trend.spike(zscore, nab, interval, baselineMean, spikeZ, spikeMinArticles));
  }
}
