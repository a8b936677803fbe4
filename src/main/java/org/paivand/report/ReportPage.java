package org.paivand.report;

import java.util.List;

/**
 * Everything the report page shows, read from one output: plain values, so that the page can be written and tested
 * without Spark.
 *
 * @param output the output directory the report describes
 * @param minVolume periods of the charts with fewer articles are gaps
 * @param charts one per watchlist pair and granularity, in the order asked
 * @param spikes the strongest spikes, the first of {@code spikesTotal}
 * @param topPairsSource one line saying where the top pairs come from and how they are ranked
 * @param sentenceTexts false when an example has no text (neither in {@code mentions} nor in the run's inputs)
 */
public record ReportPage(String output, Reconciliation reconciliation, String scope, List<String> granularities,
    long minVolume, List<Chart> charts, List<TopPair> topPairs, String topPairsSource, List<Spike> spikes, long spikesTotal,
    boolean sentenceTexts) {

  public ReportPage {
    granularities = List.copyOf(granularities);
    charts = List.copyOf(charts);
    topPairs = List.copyOf(topPairs);
    spikes = List.copyOf(spikes);
  }

  /** A watchlist pair's chart: the PNG's path relative to the page, or none when the table has no rows for it. */
  public record Chart(PairSeries series, String file) {
    public boolean hasRows() {
      return !series.points().isEmpty();
    }
  }

  /** Anchor of the examples of the {@code index}-th spike (0-based), linked from the spike table. */
  static String examplesAnchor(int index) {
    return "examples-" + (index + 1);
  }

  static String spikeAnchor(int index) {
    return "spike-" + (index + 1);
  }
}
