package org.paivand.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The scoring rule of EVAL-FORMAT.md on tiny hand-made sentences, one rule per test. */
class ScorerTest {
  private static final String TEXT = "ایران و روسیه و ایران";

  private static LabelledMention mention(int start, int end, String entity, String kind) {
    return new LabelledMention(start, end, entity, kind);
  }

  private static EvalSentence sentence(String id, String lang, List<LabelledMention> gold) {
    return new EvalSentence(id, lang, "test", TEXT, gold);
  }

  private static EvalReport score(List<LabelledMention> gold, List<LabelledMention> predicted) {
    Scorer scorer = new Scorer();
    scorer.add(sentence("t-1", "fa", gold), predicted);
    return scorer.report();
  }

  @Test
  void samePlaceSameEntityIsATruePositive() {
    EvalReport report = score(List.of(mention(0, 5, "IR", "country")), List.of(mention(0, 5, "IR", "country")));
    assertEquals(new Score(1, 0, 0), report.score("fa", "country"));
    assertTrue(report.misses().isEmpty());
    assertTrue(report.falseHits().isEmpty());
  }

  @Test
  void overlapIsEnoughSoASuffixMayBeInOrOut() {
    // gold covers ایران, the prediction only its last three letters: they overlap, so it counts
    EvalReport report = score(List.of(mention(0, 5, "IR", "country")), List.of(mention(2, 7, "IR", "country")));
    assertEquals(new Score(1, 0, 0), report.score("fa", "country"));
  }

  @Test
  void touchingSpansDoNotOverlap() {
    EvalReport report = score(List.of(mention(0, 5, "IR", "country")), List.of(mention(5, 8, "IR", "country")));
    assertEquals(new Score(0, 1, 1), report.score("fa", "country"));
  }

  @Test
  void overlapWithAnotherEntityIsAMissAndAFalseHit() {
    EvalReport report = score(List.of(mention(8, 13, "RU", "country")), List.of(mention(8, 13, "RS", "country")));
    assertEquals(new Score(0, 1, 1), report.score("fa", "country"));
    assertEquals("RU", report.misses().get(0).mention().entity());
    assertEquals("روسیه", report.misses().get(0).surface());
    assertEquals("RS", report.falseHits().get(0).mention().entity());
  }

  @Test
  void eachGoldMentionIsUsedOnce() {
    EvalReport report = score(List.of(mention(0, 5, "IR", "country")),
        List.of(mention(0, 3, "IR", "country"), mention(2, 5, "IR", "country")));
    assertEquals(new Score(1, 1, 0), report.score("fa", "country"));
    assertEquals(2, report.falseHits().get(0).mention().start());
  }

  @Test
  void twoGoldMentionsOfOneEntityNeedTwoPredictions() {
    List<LabelledMention> gold = List.of(mention(0, 5, "IR", "country"), mention(16, 21, "IR", "country"));
    EvalReport report = score(gold, List.of(mention(16, 21, "IR", "country")));
    assertEquals(new Score(1, 0, 1), report.score("fa", "country"));
    assertEquals(0, report.misses().get(0).mention().start());
  }

  @Test
  void kindsAreScoredApartAndSummedUnderAll() {
    List<LabelledMention> gold = List.of(mention(0, 5, "IR", "country"), mention(8, 13, "putin", "person"));
    EvalReport report = score(gold, List.of(mention(0, 5, "IR", "country"), mention(16, 21, "tehran", "city")));
    assertEquals(new Score(1, 0, 0), report.score("fa", "country"));
    assertEquals(new Score(0, 0, 1), report.score("fa", "person"));
    assertEquals(new Score(0, 1, 0), report.score("fa", "city"));
    assertEquals(new Score(1, 1, 1), report.score("fa", EvalReport.ALL_KINDS));
  }

  @Test
  void aTruePositiveCountsUnderTheGoldKind() {
    EvalReport report = score(List.of(mention(0, 5, "karabakh", "region")),
        List.of(mention(0, 5, "karabakh", "city")));
    assertEquals(new Score(1, 0, 0), report.score("fa", "region"));
    assertEquals(Score.EMPTY, report.score("fa", "city"));
  }

  @Test
  void languagesAreScoredApart() {
    Scorer scorer = new Scorer();
    scorer.add(sentence("fa-1", "fa", List.of(mention(0, 5, "IR", "country"))), List.of());
    scorer.add(sentence("en-1", "en", List.of()), List.of(mention(0, 5, "IR", "country")));
    EvalReport report = scorer.report();
    assertEquals(new Score(0, 0, 1), report.score("fa", "country"));
    assertEquals(new Score(0, 1, 0), report.score("en", "country"));
    assertEquals(1, report.sentencesPerLanguage().get("fa"));
    assertEquals(1, report.sentencesPerLanguage().get("en"));
  }

  @Test
  void nothingPredictedLeavesPrecisionUndefinedNotNaN() {
    Score score = score(List.of(mention(0, 5, "IR", "country")), List.of()).score("fa", "country");
    assertFalse(score.precision().isPresent());
    assertEquals(0.0, score.recall().getAsDouble());
    assertEquals("-", EvalReportText.figure(score.precision()));
  }

  @Test
  void nothingLabelledLeavesRecallUndefined() {
    Score score = score(List.of(), List.of(mention(0, 5, "IR", "country"))).score("fa", "country");
    assertFalse(score.recall().isPresent());
    assertEquals(0.0, score.precision().getAsDouble());
  }

  @Test
  void anEmptySentenceWithNoPredictionsCountsTheSentenceOnly() {
    EvalReport report = score(List.of(), List.of());
    assertEquals(Score.EMPTY, report.score("fa", EvalReport.ALL_KINDS));
    assertEquals(1, report.sentencesPerLanguage().get("fa"));
    assertFalse(report.score("fa", EvalReport.ALL_KINDS).precision().isPresent());
    assertFalse(report.score("fa", EvalReport.ALL_KINDS).recall().isPresent());
  }

  @Test
  void anEmptySetHasNoLanguages() {
    EvalReport report = new Scorer().report();
    assertTrue(report.sentencesPerLanguage().isEmpty());
    assertTrue(report.scores().isEmpty());
  }

  @Test
  void precisionAndRecallAreTheRatios() {
    Score score = new Score(3, 1, 2);
    assertEquals(0.75, score.precision().getAsDouble(), 1e-12);
    assertEquals(0.6, score.recall().getAsDouble(), 1e-12);
    assertEquals(5, score.gold());
    assertEquals(4, score.predicted());
  }

  @Test
  void aRoleMatchesOnlyAGoldRoleAndANameOnlyAGoldName() {
    // gold: a role phrase over 0-13 and the name at 8-13, both of lavrov; a role prediction over the name is no hit
    EvalReport report = score(List.of(mention(0, 13, "lavrov", "role"), mention(8, 13, "lavrov", "person")),
        List.of(mention(0, 5, "lavrov", "role"), mention(8, 13, "lavrov", "person")));
    assertEquals(new Score(1, 0, 0), report.score("fa", "role"));
    assertEquals(new Score(1, 0, 0), report.score("fa", "person"));
    EvalReport crossed = score(List.of(mention(8, 13, "lavrov", "person")), List.of(mention(0, 13, "lavrov", "role")));
    assertEquals(new Score(0, 1, 0), crossed.score("fa", "role"));
    assertEquals(new Score(0, 0, 1), crossed.score("fa", "person"));
  }
}
