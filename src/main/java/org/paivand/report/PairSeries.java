package org.paivand.report;

import java.util.List;

/** One watchlist pair's series at one granularity and scope, periods in order. */
public record PairSeries(String entityA, String entityB, String granularity, String scope, List<SeriesPoint> points) {
  public PairSeries {
    points = List.copyOf(points);
  }

  /** {@code IR – RU}: how the page names the pair. */
  public String pairName() {
    return entityA + " \u2013 " + entityB;
  }

  /** A file and anchor name: {@code IR-RU-month}; ids are letters, digits and dashes (see docs/gazetteer.md). */
  public String slug() {
    return Html.slug(entityA + "-" + entityB + "-" + granularity);
  }

  public long spikeCount() {
    return points.stream().filter(SeriesPoint::spike).count();
  }
}
