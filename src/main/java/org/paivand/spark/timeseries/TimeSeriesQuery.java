package org.paivand.spark.timeseries;

import org.paivand.output.OutputTable;
import org.paivand.spark.job.SeriesOptions;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.paivand.errors.OptionErrors;
import org.paivand.errors.OutputErrors;
import org.paivand.errors.UserError;
import org.paivand.series.EntityPair;
import org.paivand.series.Granularity;

/**
 * One series of an output, for {@code paivand series --pair}: always computed from the daily tables with the pair as
 * the only watchlist pair, so it has every period of the range (zeros included) whether or not the pair is in the
 * {@code timeseries} table, and follows the statistics options given; with the same options its rows equal the
 * table's. Only the pair's and its two entities' counts are read.
 */
public final class TimeSeriesQuery {
  /** A slice of the corpus: {@code all}, or {@code lang=fa}, {@code source=irna}. */
  public record Slice(String kind, String value) {
    public static final Slice ALL = new Slice(TimeSeriesInputs.ALL, TimeSeriesInputs.ALL);

    public static Slice parse(String text) {
      if (text == null || text.equals(TimeSeriesInputs.ALL)) {
        return ALL;
      }
      int equals = text.indexOf('=');
      String kind = equals < 0 ? "" : text.substring(0, equals);
      if (!kind.equals("lang") && !kind.equals("source")
          || equals == text.length() - 1) {
        throw OptionErrors.unknownSlice(text);
      }
      return new Slice(kind, text.substring(equals + 1));
    }

    Column filter() {
      return col(OutputTable.SLICE_KIND).equalTo(lit(kind)).and(col(OutputTable.SLICE).equalTo(lit(value)));
    }

    @Override
    public String toString() {
      return this.equals(ALL) ? TimeSeriesInputs.ALL : kind + "=" + value;
    }
  }

  private TimeSeriesQuery() {}

  /** The rows of one series in period order; the checks throw {@link UserError}s that name what is there. */
  public static List<Row> series(SparkSession spark, String directory, EntityPair pair, Granularity granularity,
      String scope, Slice slice, SeriesOptions options) {
    TimeSeriesInputs inputs = TimeSeriesInputs.read(spark, directory);
    requireScope(scope);
    requireSlice(inputs, slice, directory);
    for (String entity : List.of(pair.a(), pair.b())) {
      requireEntity(inputs, entity, directory);
    }
    if (inputs.pairs().filter(col("entity_a").equalTo(pair.a()).and(col("entity_b").equalTo(pair.b())))
        .limit(1).count() == 0) {
      throw OutputErrors.pairNeverTogether(pair, directory, pair.a());
    }
    SeriesOptions one = new SeriesOptions(List.of(pair.toString()), options.minSupport(), options.dayWindow(),
        options.weekWindow(), options.monthWindow(), options.dayBaseline(), options.weekBaseline(),
        options.monthBaseline(), options.spikeZ(), options.spikeMinArticles());
    Dataset<Row> rows = TimeSeriesTables.build(spark, inputs, one, true)
        .filter(col("granularity").equalTo(granularity.id()).and(col("scope").equalTo(scope)).and(slice.filter()));
    return rows.sort(col("period_start")).collectAsList();
  }

  static void requireScope(String scope) {
    if (!OutputTable.SCOPE_DOCUMENT.equals(scope) && !OutputTable.SCOPE_SENTENCE.equals(scope)) {
      throw OptionErrors.unknownScope(scope);
    }
  }

  static void requireSlice(TimeSeriesInputs inputs, Slice slice, String directory) {
    if (inputs.totals().filter(slice.filter()).limit(1).count() == 0) {
      List<String> kinds = inputs.totals().select(col(OutputTable.SLICE_KIND)).distinct()
          .filter(col(OutputTable.SLICE_KIND).notEqual(TimeSeriesInputs.ALL))
          .as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
      throw OutputErrors.sliceNotInOutput(slice, directory, kinds);
    }
  }

  static void requireEntity(TimeSeriesInputs inputs, String entity, String directory) {
    if (inputs.entities().filter(col("entity").equalTo(entity)).limit(1).count() == 0) {
      throw OutputErrors.unknownEntity(entity, directory);
    }
  }
}
