package org.paivand.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Row;
import org.paivand.errors.OptionErrors;
import org.paivand.series.EntityPair;
import org.paivand.series.Granularity;
import org.paivand.spark.timeseries.TimeSeriesQuery;
import org.paivand.spark.timeseries.TimeSeriesRebuild;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code paivand series}: without {@code --pair}, (re)builds the {@code timeseries} table of an output from its daily
 * tables and replaces just that table; with {@code --pair}, prints one series (see {@link TimeSeriesQuery}).
 */
@Command(name = "series",
    description = "Rebuild the timeseries table of an output, or print one pair's series with --pair.")
public final class SeriesCommand implements Callable<Integer> {
  /** The columns printed as a table; CSV has every column of the timeseries table. */
  static final List<String> TABLE_COLUMNS = List.of("period_label", "period_start", "pair_articles",
      "a_articles", "b_articles", "total_articles", "share", "share_low", "share_high", "rolling_share", "zscore",
      "spike", "pmi", "npmi", "llr", "jaccard");

  @Mixin OutputMixin output;

  @Option(names = "--pair", paramLabel = "A,B", description = "print this pair's series instead of rebuilding")
  String pair;

  @Option(names = "--granularity", defaultValue = "month", paramLabel = "G",
      description = "day, week, month, jalali_week or jalali_month (default: month)")
  String granularity;

  @Option(names = "--scope", defaultValue = "document", description = "document or sentence (default: document)")
  String scope;

  @Option(names = "--slice", defaultValue = "all", paramLabel = "KIND=VALUE",
      description = "lang=fa, source=irna, ... (default: all, the whole corpus)")
  String slice;

  @Option(names = "--format", defaultValue = "table", description = "table or csv (default: table)")
  String format;

  @Mixin SeriesOptionsMixin seriesOptions;

  @Mixin QuietMixin quiet;

  @Mixin SparkOptions sparkOptions;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    // check what needs no Spark first, so that a typo fails fast
    EntityPair entityPair = pair == null ? null : pair(pair);
    Granularity chosen = Granularity.byId(granularity);
    if (chosen == null) {
      throw OptionErrors.unknownGranularity(granularity, Granularity.ids());
    }
    TextTable.Format printAs = TextTable.format(format);
    TimeSeriesQuery.Slice chosenSlice = TimeSeriesQuery.Slice.parse(slice);
    var options = seriesOptions.options();
    String directory = output.directory();
    return sparkOptions.inSession(List.of(directory), spark -> {
      if (entityPair == null) {
        long rows = TimeSeriesRebuild.rebuild(spark, directory, options);
        if (!quiet.enabled()) {
          spec.commandLine().getOut().println("timeseries: " + rows + " rows written to " + directory + "/timeseries");
        }
        return UserErrors.OK;
      }
      List<Row> rows = TimeSeriesQuery.series(spark, directory, entityPair, chosen, scope, chosenSlice, options);
      List<String> columns = printAs == TextTable.Format.CSV
          ? List.of(rows.isEmpty() ? new String[0] : rows.get(0).schema().fieldNames()) : TABLE_COLUMNS;
      TextTable table = new TextTable(columns);
      for (Row row : rows) {
        table.add(columns.stream().map(column -> {
          Object value = row.getAs(column);
          return value instanceof java.sql.Date date ? date.toLocalDate().toString() : value;
        }).toList());
      }
      table.print(spec.commandLine().getOut(), printAs);
      return UserErrors.OK;
    });
  }

  static EntityPair pair(String text) {
    try {
      return EntityPair.parse(text);
    } catch (IllegalArgumentException e) {
      throw OptionErrors.badSeriesPair(text, e.getMessage());
    }
  }
}
