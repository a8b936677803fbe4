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
    byte[] png = SeriesChart.png(series(365, 100, 200));
    BufferedImage image = decode(png);
    assertEquals(SeriesChart.WIDTH, image.getWidth());
    assertEquals(SeriesChart.HEIGHT, image.getHeight());
    assertTrue(png.length < 100_000, "PNG of " + png.length + " bytes");
  }

  @Test
  void drawsTheShareAndRollingLinesAcrossThePlot() throws IOException {
    BufferedImage image = decode(SeriesChart.png(series(60)));
    // the legend alone shows each colour on a few dozen pixels; a line across the plot is hundreds
    assertTrue(pixelsNear(image, SeriesChart.SHARE) > 400, "share pixels " + pixelsNear(image, SeriesChart.SHARE));
    assertTrue(pixelsNear(image, SeriesChart.ROLLING) > 400,
        "rolling pixels " + pixelsNear(image, SeriesChart.ROLLING));
  }

  @Test
  void marksEachSpikeWithADot() throws IOException {
    int none = pixelsNear(decode(SeriesChart.png(series(60))), SeriesChart.SPIKE);
    int two = pixelsNear(decode(SeriesChart.png(series(60, 20, 40))), SeriesChart.SPIKE);
    // a 10-pixel dot covers about 78 pixels
    assertTrue(two - none >= 2 * 50, "spike pixels without spikes " + none + ", with two " + two);
  }

  @Test
  void aPeriodWithoutArticlesIsAGapNotAnError() throws IOException {
    List<SeriesPoint> points = new ArrayList<>(series(10).points());
    points.set(5, new SeriesPoint(LocalDate.of(2020, 1, 6), "p5", 0, 0, null, null, null, false));
    BufferedImage image = decode(SeriesChart.png(new PairSeries("AM", "AZ", "month", "document", points)));
    assertTrue(pixelsNear(image, SeriesChart.SHARE) > 100);
  }
}
