package org.paivand.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Wilson intervals against values computed by hand: the closed forms at k = 0 and k = n, and, for the others, the
 * formula of docs/metrics.md evaluated with 40-digit decimals (Python's decimal module), z = 1.959964.
 */
class ShareIntervalTest {
  private static final double Z2 = 1.959964 * 1.959964;

  @Test
  void oneArticleIsNotAHundredPercent() {
    ShareInterval none = ShareInterval.wilson(0, 1);
    assertEquals(0.0, none.low(), 1e-9);
    assertEquals(Z2 / (1 + Z2), none.high(), 1e-9, "k = 0: high = z² / (n + z²)");
    assertEquals(0.7934506882081973, none.high(), 1e-9);
    ShareInterval all = ShareInterval.wilson(1, 1);
    assertEquals(1 / (1 + Z2), all.low(), 1e-9, "k = n: low = n / (n + z²)");
    assertEquals(0.2065493117918027, all.low(), 1e-9);
    assertEquals(1.0, all.high(), 1e-9);
  }

  @Test
  void extremesOfTenArticles() {
    assertEquals(0.2775328030260577, ShareInterval.wilson(0, 10).high(), 1e-9);
    assertEquals(0.0, ShareInterval.wilson(0, 10).low(), 0.0);
    assertEquals(0.7224671969739423, ShareInterval.wilson(10, 10).low(), 1e-9);
    assertEquals(1.0, ShareInterval.wilson(10, 10).high(), 0.0);
  }

  @Test
  void smallCounts() {
    assertEquals(0.1077912665563940, ShareInterval.wilson(3, 10).low(), 1e-9);
    assertEquals(0.6032218546540291, ShareInterval.wilson(3, 10).high(), 1e-9);
    assertEquals(0.0614919440209308, ShareInterval.wilson(1, 3).low(), 1e-9);
    assertEquals(0.7923404011921757, ShareInterval.wilson(1, 3).high(), 1e-9);
  }

  @Test
  void largeCountsNarrowTheInterval() {
    assertEquals(0.4902020617381496, ShareInterval.wilson(5000, 10000).low(), 1e-9);
    assertEquals(0.5097979382618504, ShareInterval.wilson(5000, 10000).high(), 1e-9);
    assertEquals(0.006877647776907175, ShareInterval.wilson(12, 1000).low(), 1e-9);
    assertEquals(0.02085726856369024, ShareInterval.wilson(12, 1000).high(), 1e-9);
    assertEquals(0.1228126965263600, ShareInterval.wilson(123456, 1000000).low(), 1e-9);
    assertEquals(0.1241021964191129, ShareInterval.wilson(123456, 1000000).high(), 1e-9);
  }

  @Test
  void boundsHoldTheShareForEveryCount() {
    for (long n = 1; n <= 300; n++) {
      for (long k = 0; k <= n; k++) {
        ShareInterval interval = ShareInterval.wilson(k, n);
        double share = (double) k / n;
        assertTrue(0 <= interval.low() && interval.low() <= share && share <= interval.high()
            && interval.high() <= 1, k + "/" + n + " gave " + interval);
      }
    }
  }

  @Test
  void noArticlesNoInterval() {
    assertNull(ShareInterval.wilson(0, 0));
    assertThrows(IllegalArgumentException.class, () -> ShareInterval.wilson(2, 1));
    assertThrows(IllegalArgumentException.class, () -> ShareInterval.wilson(-1, 1));
  }
}
