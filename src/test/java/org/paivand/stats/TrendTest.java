package org.paivand.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TrendTest {
  @Test
  void rollingMeanOverPeriodsWithArticles() {
    assertEquals(0.375, Trend.rollingMean(0.75, 2), 1e-15);
    assertNull(Trend.rollingMean(0.0, 0));
  }

  @Test
  void zscoreWithSampleStandardDeviation() {
    // baseline 0.25 and 0.5: mean 0.375, sample variance 2 * 0.125^2 / 1
    double expected = (0.6 - 0.375) / Math.sqrt(2 * 0.125 * 0.125);
    assertEquals(expected, Trend.zscore(0.6, 0.75, 0.25 * 0.25 + 0.5 * 0.5, 2), 1e-12);
  }

  @Test
  void zscoreUndefined() {
    assertNull(Trend.zscore(null, 0.75, 0.3125, 2), "no share in this period");
    assertNull(Trend.zscore(0.5, 0.25, 0.0625, 1), "one baseline period");
    assertNull(Trend.zscore(0.5, 0.0, 0.0, 4), "baseline all zeros");
    double third = 1.0 / 3;
    assertNull(Trend.zscore(0.5, third + third + third, third * third * 3, 3), "equal shares, rounded");
  }

  @Test
  void spikeNeedsBothThresholds() {
    assertTrue(Trend.spike(3.0, 3, 3.0, 3));
    assertFalse(Trend.spike(2.99, 10, 3.0, 3));
    assertFalse(Trend.spike(5.0, 2, 3.0, 3));
    assertFalse(Trend.spike(null, 10, 3.0, 3));
  }
}
