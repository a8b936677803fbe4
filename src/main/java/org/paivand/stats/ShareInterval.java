package org.paivand.stats;

/**
 * How sure a share is: the 95% Wilson score interval of {@code k} articles out of {@code n} (Wilson 1927, the
 * interval GDELT-style shares lack). With {@code p = k / n} and {@code z = 1.959964}:
 *
 * <pre>
 *   centre = (p + z²/2n) / (1 + z²/n)
 *   half   = z · √(p(1 − p)/n + z²/4n²) / (1 + z²/n)
 *   [low, high] = [centre − half, centre + half]
 * </pre>
 *
 * Unlike the normal approximation it never leaves [0, 1] and is not empty at {@code k = 0} or {@code k = n}: one
 * article naming both entities out of one gives [0.21, 1], not "100%". Rounding is clamped so that
 * {@code 0 <= low <= p <= high <= 1} always holds. {@code docs/metrics.md} gives the formula and examples.
 *
 * @param low lower bound of the share
 * @param high upper bound of the share
 */
public record ShareInterval(double low, double high) {
  /** The standard normal quantile of 0.975: a two-sided 95% interval. */
  public static final double Z95 = 1.959964;

  /** The 95% interval of {@code k} out of {@code n}; null when {@code n = 0} (no share to bound). */
  public static ShareInterval wilson(long k, long n) {
    if (k < 0 || k > n) {
      throw new IllegalArgumentException("a share needs 0 <= k <= n, not k=" + k + " n=" + n);
    }
    if (n == 0) {
      return null;
    }
    double p = (double) k / n;
    double z2 = Z95 * Z95;
    double denominator = 1 + z2 / n;
    double centre = (p + z2 / (2.0 * n)) / denominator;
    double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
    return new ShareInterval(Math.min(p, Math.max(0.0, centre - half)), Math.max(p, Math.min(1.0, centre + half)));
  }
}
