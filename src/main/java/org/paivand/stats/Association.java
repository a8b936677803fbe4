package org.paivand.stats;

/**
 * Association of two entities in one period, from four article counts: {@code nab} articles with both, {@code na}
 * with the first, {@code nb} with the second, {@code n} in all. Every measure returns null where it is undefined,
 * never NaN or infinity (see {@code docs/metrics.md}):
 *
 * <ul>
 *   <li>{@code share = nab / n}; null when {@code n = 0}.
 *   <li>{@code pmi = log2(nab * n / (na * nb))}; null when {@code nab = 0}.
 *   <li>{@code npmi = pmi / -log2(nab / n)}, in [-1, 1]; null when {@code nab = 0} or {@code nab = n} (0 / 0).
 *   <li>{@code llr}: Dunning's G² of the 2x2 table {@code [nab, na-nab; nb-nab, n-na-nb+nab]}, natural logarithm,
 *       {@code 2 * sum O ln(O / E)} with {@code 0 ln 0 = 0}; 0 when there is no association, null when {@code n = 0}
 *       or when the table has a negative cell ({@code na + nb - nab > n}, which sentence scope allows: an article
 *       naming both entities in different sentences counts in {@code na} and {@code nb} but not in {@code nab}).
 *   <li>{@code jaccard = nab / (na + nb - nab)}; null when {@code na + nb - nab = 0}.
 * </ul>
 *
 * Counts must be consistent ({@code 0 <= nab <= na, nb <= n}); others are refused.
 */
public final class Association {
  private static final double LN2 = Math.log(2);

  private Association() {}

  public static Double share(long nab, long n) {
    return n == 0 ? null : (double) nab / n;
  }

  public static Double pmi(long nab, long na, long nb, long n) {
    check(nab, na, nb, n);
    if (nab == 0) {
      return null;
    }
    return log2((double) nab * n / ((double) na * nb));
  }

  public static Double npmi(long nab, long na, long nb, long n) {
    check(nab, na, nb, n);
    if (nab == 0 || nab == n) {
      return null;
    }
    return log2((double) nab * n / ((double) na * nb)) / -log2((double) nab / n);
  }

  /**
   * G² computed as {@code 2 * (sum k ln k - sum rows ln rows - sum columns ln columns + n ln n)}, which equals the
   * sum over cells and avoids dividing by expected counts; rounding below zero is reported as 0.
   */
  public static Double llr(long nab, long na, long nb, long n) {
    check(nab, na, nb, n);
    if (n == 0 || na + nb - nab > n) {
      return null;
    }
    long k11 = nab;
    long k12 = na - nab;
    long k21 = nb - nab;
    long k22 = n - na - nb + nab;
    double cells = xLogX(k11) + xLogX(k12) + xLogX(k21) + xLogX(k22);
    double rows = xLogX(na) + xLogX(n - na);
    double columns = xLogX(nb) + xLogX(n - nb);
    return Math.max(0.0, 2 * (cells - rows - columns + xLogX(n)));
  }

  public static Double jaccard(long nab, long na, long nb, long n) {
    check(nab, na, nb, n);
    long union = na + nb - nab;
    return union == 0 ? null : (double) nab / union;
  }

  private static double xLogX(long k) {
    return k == 0 ? 0.0 : k * Math.log(k);
  }

  private static double log2(double x) {
    return Math.log(x) / LN2;
  }

  /** Whether the counts can come from one set of articles: {@code 0 <= nab <= na, nb <= n}. */
  public static boolean consistent(long nab, long na, long nb, long n) {
    return nab >= 0 && nab <= na && nab <= nb && na <= n && nb <= n;
  }

  private static void check(long nab, long na, long nb, long n) {
    if (!consistent(nab, na, nb, n)) {
      throw new IllegalArgumentException("inconsistent counts: n_ab=" + nab + " n_a=" + na + " n_b=" + nb
          + " N=" + n);
    }
  }
}
