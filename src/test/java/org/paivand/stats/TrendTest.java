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
  void spikeNeedsEveryThreshold() {
    ShareInterval tenOfTwenty = ShareInterval.wilson(10, 20); // [0.299, 0.701]
    assertTrue(Trend.spike(3.0, 10, tenOfTwenty, 0.1, 3.0, 3));
    assertFalse(Trend.spike(2.99, 10, tenOfTwenty, 0.1, 3.0, 3), "z-score below the threshold");
    assertFalse(Trend.spike(5.0, 2, ShareInterval.wilson(2, 4), 0.01, 3.0, 3), "too few pair articles");
    assertFalse(Trend.spike(null, 10, tenOfTwenty, 0.1, 3.0, 3), "no z-score");
    assertFalse(Trend.spike(5.0, 10, tenOfTwenty, null, 3.0, 3), "no baseline");
  }

  @Test
  void aThinPeriodIsNoSpikeWhenItsIntervalReachesTheBaseline() {
    // 3 of 3 articles: share 1, z-score huge, but the interval [0.44, 1] reaches down to a baseline mean of 0.5
    ShareInterval threeOfThree = ShareInterval.wilson(3, 3);
    assertTrue(threeOfThree.low() < 0.5);
    assertFalse(Trend.spike(40.0, 3, threeOfThree, 0.5, 3.0, 3));
    // 300 of 300 articles: the interval [0.987, 1] clears the same baseline
    assertTrue(Trend.spike(40.0, 300, ShareInterval.wilson(300, 300), 0.5, 3.0, 3));
  }

  @Test
  void baselineMeanNeedsTwoPeriods() {
    assertEquals(0.25, Trend.baselineMean(0.5, 2), 1e-15);
    assertNull(Trend.baselineMean(0.5, 1));
  }
}
