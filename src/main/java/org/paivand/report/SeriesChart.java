package org.paivand.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws one pair's series as a PNG, headless (no display needed): the share of articles per period as a thin line,
 * its rolling mean as a thicker one, spikes as dots on the share line. Pure Java on a {@link PairSeries}: no Spark.
 * A period with no articles (share null) is a gap in the share line, not a zero.
 */
public final class SeriesChart {
  public static final int WIDTH = 800;
  public static final int HEIGHT = 300;
  public static final Color SHARE = new Color(31, 119, 180);
  public static final Color ROLLING = new Color(255, 127, 14);
  public static final Color SPIKE = new Color(214, 39, 40);
  private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

  static {
    // before any AWT class loads: a server or CI machine has no display
    System.setProperty("java.awt.headless", "true");
  }

  private SeriesChart() {}

  /** The chart as PNG bytes, {@link #WIDTH} × {@link #HEIGHT} pixels. */
  public static byte[] png(PairSeries series) {
    JFreeChart chart = chart(series);
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT, null, false, 9);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot draw the chart of " + series.slug(), e);
    }
    return out.toByteArray();
  }

  static JFreeChart chart(PairSeries series) {
    XYSeries share = new XYSeries("share", false, true);
    XYSeries rolling = new XYSeries("rolling mean", false, true);
    XYSeries spikes = new XYSeries("spike", false, true);
    for (SeriesPoint point : series.points()) {
      long x = point.periodStart().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
      share.add(x, point.share());
      rolling.add(x, point.rollingShare());
      if (point.spike() && point.share() != null) {
        spikes.add(x, point.share());
      }
    }
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(share);
    data.addSeries(rolling);
    data.addSeries(spikes);

    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
    renderer.setSeriesPaint(0, SHARE);
    renderer.setSeriesStroke(0, new BasicStroke(1.2f));
    renderer.setSeriesShapesVisible(0, false);
    renderer.setSeriesPaint(1, ROLLING);
    renderer.setSeriesStroke(1, new BasicStroke(2.2f));
    renderer.setSeriesShapesVisible(1, false);
    renderer.setSeriesPaint(2, SPIKE);
    renderer.setSeriesLinesVisible(2, false);
    renderer.setSeriesShape(2, new Ellipse2D.Double(-5, -5, 10, 10));
    renderer.setSeriesShapesFilled(2, true);

    DateAxis time = new DateAxis(series.granularity().replace('_', ' '));
    // periods start at midnight UTC: ticks and labels in UTC whatever the JVM's zone
    time.setTimeZone(UTC);
    time.setStandardTickUnits(DateAxis.createStandardDateTickUnits(UTC, Locale.ROOT));
    if (series.granularity().endsWith("month")) {
      int step = Math.max(1, (series.points().size() + 11) / 12);
      SimpleDateFormat month = new SimpleDateFormat("yyyy-MM", Locale.ROOT);
      month.setTimeZone(UTC);
      time.setTickUnit(new DateTickUnit(DateTickUnitType.MONTH, step, month));
    }
    NumberAxis value = new NumberAxis("share of articles");
    NumberFormat percent = NumberFormat.getPercentInstance(Locale.ROOT);
    percent.setMaximumFractionDigits(2);
    value.setNumberFormatOverride(percent);
    value.setAutoRangeIncludesZero(true);
    XYPlot plot = new XYPlot(data, time, value, renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(new Color(220, 220, 220));
    plot.setRangeGridlinePaint(new Color(220, 220, 220));

    String title = series.pairName() + " by " + series.granularity().replace('_', ' ') + ", " + series.scope()
        + " scope";
    JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT.deriveFont(14f), plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    return chart;
  }
}
