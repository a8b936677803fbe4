package org.paivand.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The chart PNG decoded back: its size, and each series' colour drawn in proportion to what it shows. */
class SeriesChartTest {
  static PairSeries series(int periods, int... spikeAt) {
    List<SeriesPoint> points = new ArrayList<>();
    for (int i = 0; i < periods; i++) {
      boolean spike = false;
      for (int s : spikeAt) {
        spike |= s == i;
      }
      double share = spike ? 0.2 : 0.02 + 0.01 * (i % 3);
      points.add(new SeriesPoint(LocalDate.of(2020, 1, 1).plusDays(i), "p" + i, 3, 100, share,
          i < 2 ? null : 0.03, 1.0, spike));
    }
    return new PairSeries("IR", "RU", "day", "document", points);
  }

  static BufferedImage decode(byte[] png) throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertTrue(image != null, "not a PNG ImageIO can read");
    return image;
  }

  /** Pixels within a small distance of {@code color}: anti-aliased edges blend, line centres keep the colour. */
  static int pixelsNear(BufferedImage image, Color color) {
    int count = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        Color pixel = new Color(image.getRGB(x, y));
        int distance = Math.abs(pixel.getRed() - color.getRed()) + Math.abs(pixel.getGreen() - color.getGreen())
            + Math.abs(pixel.getBlue() - color.getBlue());
        if (distance <= 30) {
          count++;
        }
      }
    }
    return count;
  }

  @Test
  void isAPngOfTheChartSizeAndSmall() throws IOException {
    byte[] png = SeriesChart.png(series(365, 100, 200), 20);
    BufferedImage image = decode(png);
    assertEquals(SeriesChart.WIDTH, image.getWidth());
    assertEquals(SeriesChart.HEIGHT, image.getHeight());
    assertTrue(png.length < 100_000, "PNG of " + png.length + " bytes");
  }

  @Test
  void drawsTheShareAndRollingLinesAcrossThePlot() throws IOException {
    BufferedImage image = decode(SeriesChart.png(series(60), 20));
    // the legend alone shows each colour on a few dozen pixels; a line across the plot is hundreds
    assertTrue(pixelsNear(image, SeriesChart.SHARE) > 400, "share pixels " + pixelsNear(image, SeriesChart.SHARE));
    assertTrue(pixelsNear(image, SeriesChart.ROLLING) > 400,
        "rolling pixels " + pixelsNear(image, SeriesChart.ROLLING));
  }

  @Test
  void marksEachSpikeWithADot() throws IOException {
    int none = pixelsNear(decode(SeriesChart.png(series(60), 20)), SeriesChart.SPIKE);
    int two = pixelsNear(decode(SeriesChart.png(series(60, 20, 40), 20)), SeriesChart.SPIKE);
    // a 10-pixel dot covers about 78 pixels
    assertTrue(two - none >= 2 * 50, "spike pixels without spikes " + none + ", with two " + two);
  }

  @Test
  void aPeriodWithoutArticlesIsAGapNotAnError() throws IOException {
    List<SeriesPoint> points = new ArrayList<>(series(10).points());
    points.set(5, new SeriesPoint(LocalDate.of(2020, 1, 6), "p5", 0, 0, null, null, null, false));
    BufferedImage image = decode(SeriesChart.png(new PairSeries("AM", "AZ", "month", "document", points), 20));
    assertTrue(pixelsNear(image, SeriesChart.SHARE) > 100);
  }

  @Test
  void drawsTheIntervalAsABandAroundTheShare() throws IOException {
    // 3 of 100 articles: the band spans about 1%..8.5%, a wide strip around the line
    BufferedImage image = decode(SeriesChart.png(series(60), 20));
    assertTrue(pixelsNear(image, SeriesChart.BAND) > 3000, "band pixels " + pixelsNear(image, SeriesChart.BAND));
  }

  @Test
  void thinPeriodsAreGreyGapsNotValues() throws IOException {
    List<SeriesPoint> points = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      // every other period holds 2 articles, both naming the pair: share 1, drawn as a gap
      boolean thin = i % 2 == 1;
      points.add(new SeriesPoint(LocalDate.of(2020, 1, 1).plusDays(i), "p" + i, thin ? 2 : 3, thin ? 2 : 100,
          thin ? 1.0 : 0.03, null, null, false));
    }
    PairSeries series = new PairSeries("IR", "RU", "day", "document", points);
    BufferedImage gaps = decode(SeriesChart.png(series, 20));
    BufferedImage drawn = decode(SeriesChart.png(series, 0));
    assertTrue(pixelsNear(gaps, SeriesChart.THIN) > pixelsNear(drawn, SeriesChart.THIN) + 20_000,
        "grey pixels with thin periods " + pixelsNear(gaps, SeriesChart.THIN) + ", without " + pixelsNear(drawn,
            SeriesChart.THIN));
    // drawn, the share jumps to 100% and back on every period: far more line than the flat 3% of the gapped chart
    assertTrue(pixelsNear(drawn, SeriesChart.SHARE) > 2 * pixelsNear(gaps, SeriesChart.SHARE),
        "share pixels drawn " + pixelsNear(drawn, SeriesChart.SHARE) + ", gapped " + pixelsNear(gaps,
            SeriesChart.SHARE));
  }

  @Test
  void thePanelBelowShowsTheVolume() throws IOException {
    BufferedImage image = decode(SeriesChart.png(series(60), 20));
    int grey = 0;
    for (int y = SeriesChart.HEIGHT * 3 / 4; y < SeriesChart.HEIGHT; y++) {
      for (int x = 0; x < SeriesChart.WIDTH; x++) {
        java.awt.Color pixel = new java.awt.Color(image.getRGB(x, y));
        grey += Math.abs(pixel.getRed() - SeriesChart.VOLUME.getRed()) < 12 && pixel.getRed() == pixel.getGreen()
            && pixel.getGreen() == pixel.getBlue() ? 1 : 0;
      }
    }
    assertTrue(grey > 2000, "volume bars in the bottom quarter: " + grey + " pixels");
  }

  @Test
  void monthlyTicksFollowTheShownSpan() {
    // 222 months of which only the first 13 have enough articles: the axis shows those 13, ticked every month or two
    List<SeriesPoint> points = new ArrayList<>();
    for (int i = 0; i < 222; i++) {
      boolean dense = i < 13;
      points.add(new SeriesPoint(LocalDate.of(2003, 2, 1).plusMonths(i), "m" + i, 3, dense ? 100 : 2,
          dense ? 0.03 : 1.5, null, null, false));
    }
    org.jfree.chart.JFreeChart chart = SeriesChart.chart(new PairSeries("IR", "RU", "month", "document", points),
        20);
    org.jfree.chart.axis.DateAxis axis = (org.jfree.chart.axis.DateAxis)
        ((org.jfree.chart.plot.CombinedDomainXYPlot) chart.getXYPlot()).getDomainAxis();
    assertEquals(2, axis.getTickUnit().getMultiple(), "one tick every 2 months over 13 shown");
    long months = java.time.temporal.ChronoUnit.MONTHS.between(
        java.time.Instant.ofEpochMilli(axis.getMinimumDate().getTime()).atZone(java.time.ZoneOffset.UTC),
        java.time.Instant.ofEpochMilli(axis.getMaximumDate().getTime()).atZone(java.time.ZoneOffset.UTC));
    assertTrue(months >= 12 && months <= 14, "the axis spans the 13 dense months, not 222: " + months);
  }
}
