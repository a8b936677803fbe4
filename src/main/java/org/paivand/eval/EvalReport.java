package org.paivand.eval;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The outcome of scoring an evaluation set: a {@link Score} per language and kind (kind {@value #ALL_KINDS} sums
 * every kind of a language), the number of sentences per language, and every miss (a gold mention nothing predicted
 * matched) and false hit (a prediction no gold mention matched), in set order.
 */
public record EvalReport(SortedMap<Key, Score> scores, SortedMap<String, Integer> sentencesPerLanguage,
    List<Error> misses, List<Error> falseHits) {
  public static final String ALL_KINDS = "all";

  public EvalReport {
    scores = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(scores));
    sentencesPerLanguage = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(sentencesPerLanguage));
    misses = List.copyOf(misses);
    falseHits = List.copyOf(falseHits);
  }

  /** The score of one language and kind; an empty score when the set has neither gold nor predictions there. */
  public Score score(String lang, String kind) {
    return scores.getOrDefault(new Key(lang, kind), Score.EMPTY);
  }

  /** The scores of one language, kinds in report order, {@value #ALL_KINDS} last. */
  public Map<Key, Score> scoresOf(String lang) {
    Map<Key, Score> result = new java.util.LinkedHashMap<>();
    scores.forEach((key, score) -> {
      if (key.lang().equals(lang)) {
        result.put(key, score);
      }
    });
    return result;
  }

  /**
   * Language, then kind: the documented kinds in their usual order, any other kind after them by name, and
   * {@value #ALL_KINDS} last.
   */
  public record Key(String lang, String kind) implements Comparable<Key> {
    private static final List<String> ORDER = List.of("country", "person", "organization", "region", "city", LabelledMention.ROLE);
    private static final Comparator<Key> COMPARATOR = Comparator.comparing(Key::lang)
        .thenComparingInt(Key::rank).thenComparing(Key::kind);

    private int rank() {
      int index = ORDER.indexOf(kind);
      return kind.equals(ALL_KINDS) ? ORDER.size() + 1 : index >= 0 ? index : ORDER.size();
    }

    @Override
    public int compareTo(Key other) {
      return COMPARATOR.compare(this, other);
    }
  }

  /** A miss or a false hit, with its sentence so that a reader can judge it. */
  public record Error(EvalSentence sentence, LabelledMention mention) {
    public String surface() {
      return sentence.surface(mention);
    }
  }
}
