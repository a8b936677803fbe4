package org.paivand.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.paivand.gazetteer.Gazetteer;
import org.paivand.text.DirtyText;

/**
 * Property: on any dirty text ({@link DirtyText}) the whole analysis runs without throwing, sentences are ordered,
 * disjoint and inside the text, and every mention lies inside the sentence it is given.
 */
class ArticleAnalyzerPropertyTest {
  private final ArticleAnalyzer analyzer = new ArticleAnalyzer(Gazetteer.standard());

  @Property(tries = 1000)
  void sentencesAndMentionsLieInsideTheText(@ForAll("dirtyText") String text) {
    analyzer.analyze(text);
    String where = " in '" + DirtyText.escape(text) + "'";
    int previousEnd = 0;
    for (int s = 0; s < analyzer.sentenceCount(); s++) {
      int start = analyzer.sentenceStart(s);
      int end = analyzer.sentenceEnd(s);
      int sentence = s;
      int after = previousEnd;
      assertTrue(after <= start && start < end && end <= text.length(),
          () -> "sentence " + sentence + " spans " + start + "-" + end + " after " + after + where);
      previousEnd = end;
    }
    for (int m = 0; m < analyzer.mentionCount(); m++) {
      int sentence = analyzer.mentionSentence(m);
      int start = analyzer.mentionStart(m);
      int end = analyzer.mentionEnd(m);
      int mention = m;
      assertTrue(sentence >= 0 && sentence < analyzer.sentenceCount(), () -> "sentence of mention " + mention + where);
      assertTrue(analyzer.sentenceStart(sentence) <= start && start < end && end <= analyzer.sentenceEnd(sentence),
          () -> "mention " + mention + " spans " + start + "-" + end + " outside its sentence" + where);
    }
    assertEquals(analyzer.mentionCount(),
        analyzer.toAnalysis().sentences().stream().mapToInt(s -> s.mentions().size()).sum(), where);
  }

  @Provide
  Arbitrary<String> dirtyText() {
    return DirtyText.strings();
  }
}
