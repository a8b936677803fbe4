package org.paivand.cli;

import java.util.ArrayList;
import java.util.List;
import org.paivand.errors.OptionErrors;
import org.paivand.errors.UserError;
import org.paivand.spark.job.SeriesOptions;
import picocli.CommandLine.Option;

/**
 * The options of the {@code timeseries} statistics, shared by {@code run --timeseries} and {@code series}; defaults
 * in {@link SeriesOptions#defaults()} and {@code docs/metrics.md}.
 */
public final class SeriesOptionsMixin {
  @Option(names = "--window", paramLabel = "N",
      description = "periods in the trailing mean rolling_share, for every granularity (default: 7 days, 4 weeks,"
          + " 3 months)")
  Integer window;

  @Option(names = "--baseline", paramLabel = "N",
      description = "previous periods the zscore is measured against, for every granularity (default: 28 days,"
          + " 12 weeks, 12 months)")
  Integer baseline;

  @Option(names = "--spike-z", paramLabel = "Z", description = "a spike has a zscore of at least Z (default: 3)")
  Double spikeZ;

  @Option(names = "--spike-min-articles", paramLabel = "N",
      description = "... and at least N articles with the pair (default: 3)")
  Long spikeMinArticles;

  @Option(names = "--min-support", paramLabel = "N",
      description = "pairs outside the watchlist need N articles over the whole range (default: 3)")
  Long minSupport;

  @Option(names = "--watch", paramLabel = "A,B",
      description = "watchlist pair, with a row in every period; repeatable (default: IR,RU and AM,AZ)")
  List<String> watch = new ArrayList<>();

  /** The options given, the defaults for the rest; a bad value is a {@link UserError}. */
  public SeriesOptions options() {
    SeriesOptions defaults = SeriesOptions.defaults();
    try {
      return new SeriesOptions(watch.isEmpty() ? defaults.watchlist() : watch,
          minSupport == null ? defaults.minSupport() : minSupport, defaults.dayWindow(), defaults.weekWindow(),
          defaults.monthWindow(), defaults.dayBaseline(), defaults.weekBaseline(), defaults.monthBaseline(),
          spikeZ == null ? defaults.spikeZ() : spikeZ,
          spikeMinArticles == null ? defaults.spikeMinArticles() : spikeMinArticles)
          .withWindows(window, baseline);
    } catch (IllegalArgumentException e) {
      throw OptionErrors.badSeriesOption(e.getMessage());
    }
  }
}
