package org.paivand.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Scores predicted mentions against gold ones, sentence by sentence (EVAL-FORMAT.md): a prediction is a true positive
 * when a gold mention of the same entity overlaps its span, and each gold mention is used once, so a second
 * prediction over the same gold mention is a false hit. Predictions are taken in order of their start, each against
 * the first unused overlapping gold mention of its entity. Gold mentions left unused are misses. A role mention
 * (kind {@code role}) matches only a gold role mention and a name only a gold name: {@code the Russian foreign
 * minister Sergei Lavrov} holds one of each, both of lavrov.
 *
 * <p>A true positive and a miss count under the gold kind, a false hit under the kind the gazetteer gives its entity;
 * every mention also counts under {@link EvalReport#ALL_KINDS} for its language.
 */
public final class Scorer {
  private final SortedMap<EvalReport.Key, Score> scores = new TreeMap<>();
  private final SortedMap<String, Integer> sentences = new TreeMap<>();
  private final List<EvalReport.Error> misses = new ArrayList<>();
  private final List<EvalReport.Error> falseHits = new ArrayList<>();

  public void add(EvalSentence sentence, List<LabelledMention> predicted) {
    sentences.merge(sentence.lang(), 1, Integer::sum);
    List<LabelledMention> gold = sentence.mentions();
    boolean[] used = new boolean[gold.size()];
    List<LabelledMention> ordered = new ArrayList<>(predicted);
    ordered.sort(java.util.Comparator.comparingInt(LabelledMention::start).thenComparingInt(LabelledMention::end));
    for (LabelledMention prediction : ordered) {
      int match = -1;
      for (int g = 0; g < gold.size() && match < 0; g++) {
        if (!used[g] && gold.get(g).entity().equals(prediction.entity()) && gold.get(g).overlaps(prediction)
            && gold.get(g).isRole() == prediction.isRole()) {
          match = g;
        }
      }
      if (match >= 0) {
        used[match] = true;
        count(sentence.lang(), gold.get(match).kind(), new Score(1, 0, 0));
      } else {
        count(sentence.lang(), prediction.kind(), new Score(0, 1, 0));
        falseHits.add(new EvalReport.Error(sentence, prediction));
      }
    }
    for (int g = 0; g < gold.size(); g++) {
      if (!used[g]) {
        count(sentence.lang(), gold.get(g).kind(), new Score(0, 0, 1));
        misses.add(new EvalReport.Error(sentence, gold.get(g)));
      }
    }
    scores.putIfAbsent(new EvalReport.Key(sentence.lang(), EvalReport.ALL_KINDS), Score.EMPTY);
  }

  private void count(String lang, String kind, Score score) {
    scores.merge(new EvalReport.Key(lang, kind), score, Score::plus);
    scores.merge(new EvalReport.Key(lang, EvalReport.ALL_KINDS), score, Score::plus);
  }

  public EvalReport report() {
    return new EvalReport(scores, sentences, misses, falseHits);
  }
}
