package org.paivand.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYBarDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.paivand.stats.ShareInterval;

/**
 * Draws one pair's series as a PNG, headless (no display needed). Pure Java on a {@link PairSeries}: no Spark.
 *
 * <p>Top panel: the share of articles per period (thin blue line) inside its 95% Wilson interval (light blue band),
 * the rolling mean (thick orange line), spikes (red dots). A period with fewer than {@code minVolume} articles is a
 * gap on a grey background, never a value: one article naming both entities out of one is not "100% of coverage".
 * Bottom panel: the volume behind each share, all articles of the period (N, grey bars, left axis) and those naming
 * both (n_ab, dark blue line, right axis), with the minimum volume as a dashed line.
 */
public final class SeriesChart {
  public static final int WIDTH = 800;
  public static final int HEIGHT = 460;
  public static final Color SHARE = new Color(31, 119, 180);
  public static final Color BAND = new Color(174, 199, 232);
  public static final Color ROLLING = new Color(255, 127, 14);
  public static final Color SPIKE = new Color(214, 39, 40);
  public static final Color THIN = new Color(232, 232, 232);
  public static final Color VOLUME = new Color(150, 150, 150);
  public static final Color BOTH = new Color(23, 62, 110);
  private static final long DAY_MILLIS = 86_400_000L;
  private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

  static {
    // before any AWT class loads: a server or CI machine has no display
    System.setProperty("java.awt.headless", "true");
  }

  private SeriesChart() {}

  /** The chart as PNG bytes, {@link #WIDTH} × {@link #HEIGHT} pixels. */
  public static byte[] png(PairSeries series, long minVolume) {
    JFreeChart chart = chart(series, minVolume);
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT, null, false, 9);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot draw the chart of " + series.slug(), e);
    }
    return out.toByteArray();
  }

  /** The chart as an image, for notebooks ({@code display(SeriesChart.image(series, 20))}). */
  public static BufferedImage image(PairSeries series, long minVolume) {
    return chart(series, minVolume).createBufferedImage(WIDTH, HEIGHT);
  }

  public static JFreeChart chart(PairSeries series, long minVolume) {
    Span span = drawn(series, minVolume);
    DateAxis time = timeAxis(series, span == null ? series.points().size() : span.last() - span.first() + 1);
    if (span != null) {
      // the time axis covers the periods with enough articles; the thin ones before and after are left out, so
      // that a corpus dense for a few months and sparse for years does not draw its few months as a sliver
      long period = periodMillis(series);
      time.setRange(new java.util.Date(millis(series.points().get(span.first())) - period / 2),
          new java.util.Date(millis(series.points().get(span.last())) + period / 2 + period / 10));
    }
    CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
    plot.setGap(8);
    plot.add(sharePanel(series, minVolume), 3);
    plot.add(volumePanel(series, minVolume), 1);
    String title = series.pairName() + " by " + series.granularity().replace('_', ' ') + ", " + series.scope()
        + " scope";
    JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT.deriveFont(14f), plot, true);
    chart.addSubtitle(new TextTitle("band: 95% interval of the share" + (minVolume > 0 ? "; grey: periods with "
        + "fewer than " + minVolume + " articles, not drawn" : ""), new Font(Font.SANS_SERIF, Font.PLAIN, 11)));
    chart.setBackgroundPaint(Color.WHITE);
    return chart;
  }

  private static XYPlot sharePanel(PairSeries series, long minVolume) {
    YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
    XYSeries rolling = new XYSeries("rolling mean", false, true);
    XYSeries spikes = new XYSeries("spike", false, true);
    YIntervalSeries segment = null;
    for (SeriesPoint point : series.points()) {
      long x = millis(point);
      if (point.thin(minVolume)) {
        segment = null; // the next drawn period starts a new band: no line or band across a gap
        rolling.add(x, null);
        continue;
      }
      if (segment == null) {
        segment = new YIntervalSeries("share, 95% interval" + (bands.getSeriesCount() == 0 ? "" : " " + x),
            false, true);
        bands.addSeries(segment);
      }
      ShareInterval interval = point.interval();
      segment.add(x, point.share(), interval.low(), interval.high());
      rolling.add(x, point.rollingShare());
      if (point.spike()) {
        spikes.add(x, point.share());
      }
    }
    DeviationRenderer band = new DeviationRenderer(true, false);
    for (int i = 0; i < bands.getSeriesCount(); i++) {
      band.setSeriesPaint(i, SHARE);
      band.setSeriesFillPaint(i, BAND);
      band.setSeriesStroke(i, new BasicStroke(1.2f));
      band.setSeriesVisibleInLegend(i, i == 0);
      // a lone period between gaps has no band width to fill: a short tick shows its value
      band.setSeriesShapesVisible(i, bands.getSeries(i).getItemCount() == 1);
      band.setSeriesShape(i, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
    }
    band.setAlpha(1.0f);

    XYSeriesCollection lines = new XYSeriesCollection();
    lines.addSeries(rolling);
    lines.addSeries(spikes);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
    renderer.setSeriesPaint(0, ROLLING);
    renderer.setSeriesStroke(0, new BasicStroke(2.2f));
    renderer.setSeriesShapesVisible(0, false);
    renderer.setSeriesPaint(1, SPIKE);
    renderer.setSeriesLinesVisible(1, false);
    renderer.setSeriesShape(1, new Ellipse2D.Double(-5, -5, 10, 10));
    renderer.setSeriesShapesFilled(1, true);

    NumberAxis value = new NumberAxis("share of articles");
    NumberFormat percent = NumberFormat.getPercentInstance(Locale.ROOT);
    percent.setMaximumFractionDigits(2);
    value.setNumberFormatOverride(percent);
    value.setAutoRangeIncludesZero(true);
    XYPlot plot = new XYPlot(lines, null, value, renderer);
    plot.setDataset(1, bands);
    plot.setRenderer(1, band);
    style(plot);
    markThin(plot, series, minVolume);
    return plot;
  }

  private static XYPlot volumePanel(PairSeries series, long minVolume) {
    XYSeries total = new XYSeries("articles (N)", false, true);
    XYSeries pair = new XYSeries("naming both (n_ab)", false, true);
    for (SeriesPoint point : series.points()) {
      total.add(millis(point), point.totalArticles());
      pair.add(millis(point), point.pairArticles());
    }
    XYBarRenderer bars = new XYBarRenderer();
    bars.setBarPainter(new StandardXYBarPainter());
    bars.setShadowVisible(false);
    bars.setSeriesPaint(0, VOLUME);
    NumberAxis articles = new NumberAxis("articles");
    articles.setAutoRangeIncludesZero(true);
    XYPlot plot = new XYPlot(new XYBarDataset(new XYSeriesCollection(total), 0.8 * periodMillis(series)), null,
        articles, bars);
    ValueMarker least = new ValueMarker(minVolume, VOLUME.darker(), new BasicStroke(1f, BasicStroke.CAP_BUTT,
        BasicStroke.JOIN_MITER, 1f, new float[] {4f, 3f}, 0f));
    plot.addRangeMarker(least);

    NumberAxis both = new NumberAxis("both");
    both.setAutoRangeIncludesZero(true);
    both.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
    line.setSeriesPaint(0, BOTH);
    line.setSeriesStroke(0, new BasicStroke(1.4f));
    plot.setRangeAxis(1, both);
    plot.setDataset(1, new XYSeriesCollection(pair));
    plot.setRenderer(1, line);
    plot.mapDatasetToRangeAxis(1, 1);
    plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD); // n_ab over the bars
    style(plot);
    markThin(plot, series, minVolume);
    return plot;
  }

  /** The first and last of a series' periods that have at least the minimum volume (indexes into its points). */
  public record Span(int first, int last) {}

  /** The periods the chart draws as shares, from the first to the last with enough articles; null when none has. */
  public static Span drawn(PairSeries series, long minVolume) {
    List<SeriesPoint> points = series.points();
    int first = 0;
    while (first < points.size() && points.get(first).thin(minVolume)) {
      first++;
    }
    if (first == points.size()) {
      return null;
    }
    int last = points.size() - 1;
    while (points.get(last).thin(minVolume)) {
      last--;
    }
    return new Span(first, last);
  }

  /** One grey background per run of thin periods, each period drawn as the span up to the next one. */
  private static void markThin(XYPlot plot, PairSeries series, long minVolume) {
    List<SeriesPoint> points = series.points();
    long period = periodMillis(series);
    int i = 0;
    while (i < points.size()) {
      if (!points.get(i).thin(minVolume)) {
        i++;
        continue;
      }
      int first = i;
      while (i < points.size() && points.get(i).thin(minVolume)) {
        i++;
      }
      long from = millis(points.get(first)) - period / 2;
      long until = i < points.size() ? millis(points.get(i)) - period / 2 : millis(points.get(i - 1)) + period / 2;
      IntervalMarker marker = new IntervalMarker(from, until, THIN);
      plot.addDomainMarker(marker, Layer.BACKGROUND);
    }
  }

  private static void style(XYPlot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(new Color(220, 220, 220));
    plot.setRangeGridlinePaint(new Color(220, 220, 220));
  }

  /** The time axis of {@code shown} periods: monthly ticks are spaced for those, not for the whole series. */
  private static DateAxis timeAxis(PairSeries series, int shown) {
    DateAxis time = new DateAxis(series.granularity().replace('_', ' '));
    // periods start at midnight UTC: ticks and labels in UTC whatever the JVM's zone
    time.setTimeZone(UTC);
    time.setStandardTickUnits(DateAxis.createStandardDateTickUnits(UTC, Locale.ROOT));
    if (series.granularity().endsWith("month")) {
      int step = Math.max(1, (shown + 11) / 12);
      SimpleDateFormat month = new SimpleDateFormat("yyyy-MM", Locale.ROOT);
      month.setTimeZone(UTC);
      time.setTickUnit(new DateTickUnit(DateTickUnitType.MONTH, step, month));
    }
    return time;
  }

  /** The usual length of one period of the series' granularity: the width of its bars and thin backgrounds. */
  static long periodMillis(PairSeries series) {
    return switch (series.granularity()) {
      case "day" -> DAY_MILLIS;
      case "week", "jalali_week" -> 7 * DAY_MILLIS;
      default -> 30 * DAY_MILLIS;
    };
  }

  private static long millis(SeriesPoint point) {
    return point.periodStart().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }
}
