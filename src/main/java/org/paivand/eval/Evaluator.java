package org.paivand.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.paivand.article.ArticleAnalyzer;
import org.paivand.gazetteer.Gazetteer;

/**
 * Runs paivand's per-article analysis (the same {@link ArticleAnalyzer} that {@code extract} and the Spark job use)
 * on each sentence of an evaluation set and scores what it finds with a {@link Scorer}. Each sentence is analysed on
 * its own, as written; the analyzer reports offsets in that original text, so they compare directly with the gold.
 * Predictions of ids the set leaves out of scope are dropped before scoring. One instance per thread.
 */
public final class Evaluator {
  private final ArticleAnalyzer analyzer;

  public Evaluator(Gazetteer gazetteer) {
    this.analyzer = new ArticleAnalyzer(gazetteer);
  }

  public EvalReport evaluate(EvalSet set) {
    Scorer scorer = new Scorer();
    for (EvalSentence sentence : set.sentences()) {
      scorer.add(sentence, predict(sentence.text(), sentence.date(), set.outOfScope()));
    }
    return scorer.report();
  }

  /** The in-scope mentions paivand finds in one text without a date, offsets in that text, kinds from the gazetteer. */
  public List<LabelledMention> predict(String text, Set<String> outOfScope) {
    return predict(text, null, outOfScope);
  }

  /**
   * The in-scope mentions paivand finds in one text published on {@code date} (null: unknown, no role mentions):
   * role mentions are of kind {@link LabelledMention#ROLE}, the others of the kind the gazetteer gives.
   */
  public List<LabelledMention> predict(String text, LocalDate date, Set<String> outOfScope) {
    analyzer.analyze(text, date == null ? ArticleAnalyzer.NO_DATE : Math.toIntExact(date.toEpochDay()));
    Gazetteer gazetteer = analyzer.gazetteer();
    List<LabelledMention> predicted = new ArrayList<>(analyzer.mentionCount());
    for (int m = 0; m < analyzer.mentionCount(); m++) {
      int entity = analyzer.mentionEntity(m);
      String id = gazetteer.id(entity);
      if (!outOfScope.contains(id)) {
        predicted.add(new LabelledMention(analyzer.mentionStart(m), analyzer.mentionEnd(m), id,
            analyzer.mentionTerm(m) >= 0 ? LabelledMention.ROLE : gazetteer.entity(entity).type().label()));
      }
    }
    return predicted;
  }
}
