package org.paivand.eval;

import java.util.OptionalDouble;

/**
 * Counts for one language and kind: true positives (predicted and in the gold), false positives (predicted, not in
 * the gold), false negatives (gold, not predicted). Precision is undefined when nothing was predicted and recall when
 * nothing was labelled: both are then empty, never NaN, and reported as such.
 */
public record Score(int truePositives, int falsePositives, int falseNegatives) {
  public static final Score EMPTY = new Score(0, 0, 0);

  public Score plus(Score other) {
    return new Score(truePositives + other.truePositives, falsePositives + other.falsePositives,
        falseNegatives + other.falseNegatives);
  }

  public int gold() {
    return truePositives + falseNegatives;
  }

  public int predicted() {
    return truePositives + falsePositives;
  }

  public OptionalDouble precision() {
    return predicted() == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) truePositives / predicted());
  }

  public OptionalDouble recall() {
    return gold() == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) truePositives / gold());
  }
}
