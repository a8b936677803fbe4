package org.paivand.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.paivand.gazetteer.Gazetteer;

/** The evaluator runs the standard analysis on each sentence, as written, and scores in original offsets. */
class EvaluatorTest {
  private final Evaluator evaluator = new Evaluator(Gazetteer.standard());

  @Test
  void predictionsAreInTheOriginalTextWithGazetteerKinds() {
    // Arabic yeh and kaf, as in the old Fars articles: the analysis normalizes, the offsets stay in this text
    String text = "ايران و لاوروف";
    List<LabelledMention> predicted = evaluator.predict(text, Set.of());
    assertEquals(List.of(new LabelledMention(0, 5, "IR", "country"), new LabelledMention(8, 14, "lavrov", "person")),
        predicted);
    assertEquals("لاوروف", text.substring(predicted.get(1).start(), predicted.get(1).end()));
  }

  @Test
  void outOfScopeIdsAreDroppedBeforeScoring() {
    String text = "سپاه پاسداران در تهران";
    assertEquals(List.of("irgc", "tehran"),
        evaluator.predict(text, Set.of()).stream().map(LabelledMention::entity).toList());
    assertEquals(List.of("tehran"),
        evaluator.predict(text, Set.of("irgc")).stream().map(LabelledMention::entity).toList());
  }

  @Test
  void aSetIsScoredSentenceBySentence() {
    EvalSentence found = new EvalSentence("fa-1", "fa", "test", "ظریف در مسکو",
        List.of(new LabelledMention(0, 4, "zarif", "person"), new LabelledMention(8, 12, "moscow", "city")));
    EvalSentence trap = new EvalSentence("fa-2", "fa", "test", "روسری و ترکیب", List.of());
    EvalSentence missed = new EvalSentence("fa-3", "fa", "test", "کنگو", List.of(new LabelledMention(0, 4, "CD",
        "country")));
    EvalReport report = evaluator.evaluate(new EvalSet(List.of(found, trap, missed), Set.of(), List.of(Path.of("t"))));
    assertEquals(new Score(1, 0, 0), report.score("fa", "person"));
    assertEquals(new Score(1, 0, 0), report.score("fa", "city"));
    assertEquals(new Score(0, 0, 1), report.score("fa", "country"));
    assertEquals(3, report.sentencesPerLanguage().get("fa"));
    assertEquals("fa-3", report.misses().get(0).sentence().id());
    assertTrue(report.falseHits().isEmpty());
  }

  @Test
  void aDatedSentenceGetsRoleMentionsOfKindRoleAndAnUndatedOneNone() {
    String text = "وزیر امور خارجه روسیه وارد تهران شد";
    assertEquals(List.of(new LabelledMention(0, 21, "lavrov", "role"), new LabelledMention(16, 21, "RU", "country"),
        new LabelledMention(27, 32, "tehran", "city")),
        evaluator.predict(text, java.time.LocalDate.of(2008, 9, 27), Set.of()));
    assertEquals(List.of("RU", "tehran"),
        evaluator.predict(text, Set.of()).stream().map(LabelledMention::entity).toList());
  }
}
