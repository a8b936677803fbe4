package org.paivand.report;

import java.util.List;

/**
 * What {@code paivand report} draws and lists.
 *
 * @param output the paivand output to describe
 * @param reportDirectory where the page and charts go; null: {@code OUTPUT/report}
 * @param pairs pairs as {@code [a, b]} with {@code a < b}, each charted per granularity; empty: the watchlist pairs of
 *     the output's {@code timeseries}, the pairs that have a row in every period
 * @param granularities the {@code timeseries} granularities charted and searched for spikes
 * @param scope {@code document} or {@code sentence}
 * @param topPairs how many pairs the top-pairs table lists
 * @param maxSpikes how many spikes (strongest first) are listed with examples
 * @param examplesPerSpike sentences shown per spike
 * @param minVolume periods with fewer articles than this are drawn as gaps ({@link #DEFAULT_MIN_VOLUME})
 */
public record ReportOptions(String output, String reportDirectory, List<List<String>> pairs,
    List<String> granularities, String scope, int topPairs, int maxSpikes, int examplesPerSpike, long minVolume) {

  public static final List<String> GRANULARITIES = List.of("day", "week", "month", "jalali_week", "jalali_month");
  public static final List<String> DEFAULT_GRANULARITIES = List.of("day", "week", "month");
  public static final List<String> SCOPES = List.of("document", "sentence");
  public static final String DEFAULT_DIRECTORY = "report";
  /**
   * Below 20 articles the 95% interval of a share is wider than ±0.2 around one half (Wilson, docs/metrics.md): such
   * a period says little about how often two entities are named together.
   */
  public static final long DEFAULT_MIN_VOLUME = 20;

  public ReportOptions {
    pairs = pairs.stream().map(List::copyOf).toList();
    granularities = List.copyOf(granularities);
    if (minVolume < 0) {
      throw new IllegalArgumentException("the minimum volume is a number of articles, at least 0, not " + minVolume);
    }
  }

  /** The same options with these pairs: what the report charts when none were asked for. */
  public ReportOptions withPairs(List<List<String>> chosen) {
    return new ReportOptions(output, reportDirectory, chosen, granularities, scope, topPairs, maxSpikes,
        examplesPerSpike, minVolume);
  }

  /** {@code "RU,IR"} → {@code [IR, RU]}: pairs are stored with the smaller id first, as in every table. */
  public static List<String> pair(String text) {
    String[] parts = text.split(",", -1);
    if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank() || parts[0].strip().equals(parts[1].strip())) {
      throw new IllegalArgumentException("'" + text + "' is not a pair of two different entity ids like IR,RU");
    }
    String a = parts[0].strip();
    String b = parts[1].strip();
    return a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a);
  }
}
