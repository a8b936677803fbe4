package org.paivand.spark.timeseries;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.paivand.series.SeriesCalendar;
import org.paivand.series.SeriesRows;
import org.paivand.series.SliceTotals;

/**
 * The executor side of {@link TimeSeriesTables}: one grouped row per series ({@link #INPUT}: the pair's daily counts
 * and its two entities') becomes its {@code timeseries} rows in every granularity, computed by the pure
 * {@link SeriesRows}. Periods leave as epoch days ({@code period_day}); the caller turns them into dates.
 */
final class TimeSeriesStatistics implements FlatMapFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  /** The grouped columns {@link TimeSeriesTables} hands over, in this order. */
  static final List<String> INPUT = List.of("slice_kind", "slice", "scope", "entity_a", "entity_b", "watchlist",
      "days", "a_days", "b_days");

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

  /** {@link #SCHEMA} with the period as an epoch day: what this function emits. */
  static final StructType EMITTED = emitted();

  private final SeriesCalendar calendar;
  private final Map<String, SliceTotals> totals;
  private final SeriesRows.Settings settings;

  TimeSeriesStatistics(SeriesCalendar calendar, Map<String, SliceTotals> totals, SeriesRows.Settings settings) {
    this.calendar = calendar;
    this.totals = totals;
    this.settings = settings;
  }

  /** The key of a slice in the totals map. */
  static String slice(String kind, String value) {
    return kind + '\u0000' + value;
  }

  @Override
  public Iterator<Row> call(Row series) {
    String sliceKind = series.getString(0);
    String slice = series.getString(1);
    String scope = series.getString(2);
    String a = series.getString(3);
    String b = series.getString(4);
    boolean watchlist = series.getBoolean(5);
    List<Row> pair = series.getList(6);
    int[] pairDays = new int[pair.size()];
    long[] pairArticles = new long[pair.size()];
    long[] pairSentences = new long[pair.size()];
    for (int i = 0; i < pairDays.length; i++) {
      Row day = pair.get(i);
      pairDays[i] = day.getInt(0);
      pairArticles[i] = day.getLong(1);
      pairSentences[i] = day.isNullAt(2) ? 0 : day.getLong(2);
    }
    List<Row> aRows = series.isNullAt(7) ? List.of() : series.getList(7);
    List<Row> bRows = series.isNullAt(8) ? List.of() : series.getList(8);
    int[] aDays = aRows.stream().mapToInt(row -> row.getInt(0)).toArray();
    long[] aArticles = aRows.stream().mapToLong(row -> row.getLong(1)).toArray();
    int[] bDays = bRows.stream().mapToInt(row -> row.getInt(0)).toArray();
    long[] bArticles = bRows.stream().mapToLong(row -> row.getLong(1)).toArray();
    SliceTotals sliceTotals = totals.get(slice(sliceKind, slice));
    if (sliceTotals == null) {
      throw new IllegalStateException("the pair " + a + "-" + b + " has counts in slice " + sliceKind + "=" + slice
          + ", which has no totals: the daily tables were not written by one run");
    }
    List<Row> out = new ArrayList<>();
    SeriesRows.build(calendar, sliceTotals, settings,
        TimeSeriesTables.SENTENCE.equals(scope), watchlist,
        new SeriesRows.Days(pairDays, pairArticles, pairSentences, aDays, aArticles, bDays, bArticles),
        row -> out.add(RowFactory.create(row.granularity().id(),
            calendar.startDay(row.granularity(), row.position()), calendar.label(row.granularity(), row.position()),
            scope, sliceKind, slice, a, b, watchlist, row.pairArticles(), row.pairSentences(), row.aArticles(),
            row.bArticles(), row.totalArticles(), row.share(), row.shareLow(), row.shareHigh(), row.pmi(),
            row.npmi(), row.llr(), row.jaccard(), row.rollingShare(), row.zscore(), row.spike())));
    return out.iterator();
  }

  private static StructType emitted() {
    StructType emitted = new StructType();
    for (org.apache.spark.sql.types.StructField field : SCHEMA.fields()) {
      emitted = field.name().equals("period_start") ? emitted.add("period_day", DataTypes.IntegerType, false)
          : emitted.add(field);
    }
    return emitted;
  }
}
