package org.paivand.series;

import java.util.EnumMap;
import java.util.Map;

/**
 * Lets one window frame serve granularities whose windows have different lengths, so that all granularities are
 * computed in one pass instead of one per granularity. A window frame's bounds are constants; scaling each
 * granularity's period index by {@link #multiplier} makes "at most {@code length(g)} periods back" the same constant
 * {@link #span} for every granularity:
 *
 * <pre>
 *   (i - j) * multiplier(g) &lt;= span   &lt;=&gt;   i - j &lt;= length(g)        for whole i - j &gt;= 0
 * </pre>
 *
 * with {@code span} the least common multiple of the lengths and {@code multiplier(g) = span / length(g)}; a length
 * of 0 (a window of the current period only) gets {@code span + 1}, which no earlier period fits under.
 */
public final class FrameScale {
  /** Lengths above this are refused, which keeps scaled indexes far from overflowing a long. */
  public static final int MAX_LENGTH = 1000;

  private final long span;
  private final Map<Granularity, Long> multipliers = new EnumMap<>(Granularity.class);

  private FrameScale(Map<Granularity, Integer> lengths) {
    long lcm = 1;
    for (int length : lengths.values()) {
      if (length < 0 || length > MAX_LENGTH) {
        throw new IllegalArgumentException("window length " + length + " is outside 0.." + MAX_LENGTH);
      }
      if (length > 0) {
        lcm = lcm / gcd(lcm, length) * length;
      }
    }
    span = lcm;
    lengths.forEach((granularity, length) -> multipliers.put(granularity, length == 0 ? span + 1 : span / length));
  }

  /** The scale for these lengths (in periods back from the current one), one per granularity. */
  public static FrameScale of(Map<Granularity, Integer> lengths) {
    return new FrameScale(lengths);
  }

  public long span() {
    return span;
  }

  public long multiplier(Granularity granularity) {
    return multipliers.get(granularity);
  }

  private static long gcd(long a, long b) {
    return b == 0 ? a : gcd(b, a % b);
  }
}
