package org.paivand.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.paivand.errors.OptionErrors;
import org.paivand.report.ReportOptions;
import org.paivand.report.WriteReport;
import org.paivand.spark.job.SeriesOptions;
import org.paivand.spark.timeseries.TimeSeriesRebuild;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code paivand report}: charts of the watchlist series and one HTML page over an existing output. */
@Command(name = "report", description = "Write charts of the watchlist series and an HTML page (top pairs, spikes "
    + "with example sentences, the run's reconciliation) for an output; builds its timeseries table first when it "
    + "has none.")
public final class ReportCommand implements Callable<Integer> {
  @Mixin OutputMixin output;

  @Option(names = "--report-dir", paramLabel = "DIR",
      description = "where index.html and charts/ go, replaced as a whole (default: OUTPUT/report)")
  String reportDirectory;

  @Option(names = "--pair", paramLabel = "A,B",
      description = "pair to chart, repeatable (default: the watchlist of the output's timeseries)")
  List<String> pairs = new ArrayList<>();

  @Option(names = "--granularity", paramLabel = "G",
      description = "day, week, month, jalali_week or jalali_month, repeatable (default: day, week, month)")
  List<String> granularities = new ArrayList<>();

  @Option(names = "--scope", defaultValue = "document", description = "document or sentence (default: document)")
  String scope;

  @Option(names = "--top", defaultValue = "20", paramLabel = "N", description = "top pairs listed (default: 20)")
  int top;

  @Option(names = "--max-spikes", defaultValue = "50", paramLabel = "N",
      description = "strongest spikes listed with examples (default: 50)")
  int maxSpikes;

  @Option(names = "--examples", defaultValue = "3", paramLabel = "N",
      description = "example sentences per spike (default: 3)")
  int examples;

  @Option(names = "--min-volume", defaultValue = "" + ReportOptions.DEFAULT_MIN_VOLUME, paramLabel = "N",
      description = "periods with fewer articles are drawn as gaps, not shares (default: "
          + ReportOptions.DEFAULT_MIN_VOLUME + ")")
  long minVolume;

  @Mixin QuietMixin quiet;

  @Mixin SparkOptions sparkOptions;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    ReportOptions options = options();
    System.setProperty("java.awt.headless", "true");
    return sparkOptions.inSession(List.of(), spark -> {
      if (!WriteReport.hasTimeseries(spark, options.output())) {
        SeriesOptions series = SeriesOptions.defaults();
        if (!pairs.isEmpty()) {
          series = series.withWatchlist(pairs);
        }
        // stderr, also with --quiet: the command does more than asked, and takes longer
        System.err.println("report: " + options.output() + " has no timeseries table; building it first, as `"
            + "bin/paivand series --output " + options.output() + "` would (watchlist "
            + String.join(" ", series.watchlist()) + ")");
        TimeSeriesRebuild.rebuild(spark, options.output(), series);
      }
      String page = WriteReport.run(spark, options);
      if (!quiet.enabled()) {
        spec.commandLine().getOut().println("report written: " + page);
      }
      return UserErrors.OK;
    });
  }

  ReportOptions options() {
    List<List<String>> parsed = new ArrayList<>();
    for (String pair : pairs) {
      try {
        parsed.add(ReportOptions.pair(pair));
      } catch (IllegalArgumentException e) {
        throw OptionErrors.badReportPair(pair, e.getMessage());
      }
    }
    List<String> chosen = granularities.isEmpty() ? ReportOptions.DEFAULT_GRANULARITIES : List.copyOf(granularities);
    for (String granularity : chosen) {
      if (!ReportOptions.GRANULARITIES.contains(granularity)) {
        throw OptionErrors.unknownReportGranularity(granularity, ReportOptions.GRANULARITIES);
      }
    }
    if (!ReportOptions.SCOPES.contains(scope)) {
      throw OptionErrors.unknownReportScope(scope);
    }
    if (top < 1 || maxSpikes < 0 || examples < 0 || minVolume < 0) {
      throw OptionErrors.reportCountsOutOfRange(top, maxSpikes, examples, minVolume);
    }
    return new ReportOptions(output.directory(), reportDirectory, parsed, chosen, scope, top, maxSpikes, examples,
        minVolume);
  }
}
