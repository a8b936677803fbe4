package org.paivand.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Each measure on tables worked out by hand; G² against the textbook sum over cells of 2 O ln(O / E). */
class AssociationTest {
  private static final double EPSILON = 1e-12;

  /** G² as Dunning wrote it: over the four cells, with expected counts from the margins. */
  static double dunning(long nab, long na, long nb, long n) {
    long[][] observed = {{nab, na - nab}, {nb - nab, n - na - nb + nab}};
    long[] rows = {na, n - na};
    long[] columns = {nb, n - nb};
    double sum = 0;
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) {
        if (observed[i][j] > 0) {
          double expected = (double) rows[i] * columns[j] / n;
          sum += observed[i][j] * Math.log(observed[i][j] / expected);
        }
      }
    }
    return 2 * sum;
  }

  @Test
  void independentEntities() {
    // 10 of 100 articles name A, 20 name B, 2 name both: exactly what independence predicts
    assertEquals(0.02, Association.share(2, 100), EPSILON);
    assertEquals(0.0, Association.pmi(2, 10, 20, 100), EPSILON);
    assertEquals(0.0, Association.npmi(2, 10, 20, 100), EPSILON);
    assertEquals(0.0, Association.llr(2, 10, 20, 100), EPSILON);
    assertEquals(2.0 / 28, Association.jaccard(2, 10, 20, 100), EPSILON);
  }

  @Test
  void associatedEntities() {
    // pmi = log2(8 * 100 / (10 * 20)) = log2 4 = 2; npmi = 2 / -log2(0.08)
    assertEquals(2.0, Association.pmi(8, 10, 20, 100), EPSILON);
    assertEquals(2.0 / (Math.log(100.0 / 8) / Math.log(2)), Association.npmi(8, 10, 20, 100), EPSILON);
    assertEquals(dunning(8, 10, 20, 100), Association.llr(8, 10, 20, 100), 1e-9);
    assertEquals(8.0 / 22, Association.jaccard(8, 10, 20, 100), EPSILON);
  }

  @Test
  void pairAlwaysWithTheRarerEntity() {
    // n_ab = n_a: A never appears without B
    assertEquals(Math.log(4.0 / 2) / Math.log(2), Association.pmi(1, 1, 2, 4), EPSILON);
    assertEquals(1.0 / 2.0, Association.npmi(1, 1, 2, 4), EPSILON);
    assertEquals(dunning(1, 1, 2, 4), Association.llr(1, 1, 2, 4), 1e-12);
    assertEquals(0.5, Association.jaccard(1, 1, 2, 4), EPSILON);
  }

  @Test
  void pairInEveryArticleHasNoNpmi() {
    // n_ab = N: pmi is 0 and npmi 0 / 0
    assertEquals(0.0, Association.pmi(3, 3, 3, 3), EPSILON);
    assertNull(Association.npmi(3, 3, 3, 3));
    assertEquals(0.0, Association.llr(3, 3, 3, 3), EPSILON);
    assertEquals(1.0, Association.jaccard(3, 3, 3, 3), EPSILON);
  }

  @Test
  void absentPairHasNoPmiButHasLlr() {
    assertNull(Association.pmi(0, 5, 5, 10));
    assertNull(Association.npmi(0, 5, 5, 10));
    assertEquals(dunning(0, 5, 5, 10), Association.llr(0, 5, 5, 10), 1e-12);
    assertEquals(0.0, Association.jaccard(0, 5, 5, 10), EPSILON);
  }

  @Test
  void periodWithoutArticles() {
    assertNull(Association.share(0, 0));
    assertNull(Association.pmi(0, 0, 0, 0));
    assertNull(Association.llr(0, 0, 0, 0));
    assertNull(Association.jaccard(0, 0, 0, 0));
  }

  @Test
  void entitiesWithoutArticles() {
    assertEquals(0.0, Association.share(0, 7), EPSILON);
    assertNull(Association.jaccard(0, 0, 0, 7));
    assertEquals(0.0, Association.llr(0, 0, 0, 7), EPSILON);
  }

  @Test
  void sentenceScopeTableWithANegativeCellHasNoLlr() {
    // one article names both entities, in different sentences: n_a = n_b = N = 1, n_ab = 0
    assertNull(Association.llr(0, 1, 1, 1));
    assertEquals(0.0, Association.jaccard(0, 1, 1, 1), EPSILON);
  }

  @Test
  void inconsistentCountsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Association.pmi(3, 2, 5, 10));
    assertThrows(IllegalArgumentException.class, () -> Association.llr(1, 6, 1, 5));
  }
}
