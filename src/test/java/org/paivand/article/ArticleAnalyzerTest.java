package org.paivand.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paivand.gazetteer.Gazetteer;

/** Offsets in the original text, the sentence of each mention, and the values {@code extract} prints. */
class ArticleAnalyzerTest {
  private static final Gazetteer GAZETTEER = Gazetteer.standard();

  @Test
  void emptyArticle() {
    ArticleAnalysis analysis = analyze("");
    assertEquals(List.of(), analysis.entities());
    assertEquals(List.of(), analysis.sentences());
  }

  @Test
  void offsetsIndexTheOriginalText() {
    String text = "\uFEFF  وزیر خارجهٔ ايران،\u200F با لاوروف گفت‌وگو کرد.\r\n\r\nسپس به مسكو رفت.";
    ArticleAnalysis analysis = analyze(text);
    assertEquals(List.of("IR", "lavrov", "moscow"), analysis.entities());
    assertEquals(2, analysis.sentences().size());
    ArticleAnalysis.Sentence first = analysis.sentences().get(0);
    assertEquals(0, first.index());
    assertEquals("وزیر خارجهٔ ايران،\u200F با لاوروف گفت‌وگو کرد.", first.text());
    assertEquals(List.of(new ArticleAnalysis.Mention("IR", "ايران", 15, 20),
        new ArticleAnalysis.Mention("lavrov", "لاوروف", 26, 32)), first.mentions());
    ArticleAnalysis.Sentence second = analysis.sentences().get(1);
    assertEquals(1, second.index());
    assertEquals("سپس به مسكو رفت.", second.text());
    assertEquals(List.of(new ArticleAnalysis.Mention("moscow", "مسكو", text.indexOf("مسكو"),
        text.indexOf("مسكو") + 4)), second.mentions());
  }

  @Test
  void eachMentionKnowsItsSentence() {
    ArticleAnalyzer analyzer = new ArticleAnalyzer(GAZETTEER);
    analyzer.analyze("ایران.\nخبری نیست.\nروسیه و ایران.");
    assertEquals(3, analyzer.sentenceCount());
    assertEquals(3, analyzer.mentionCount());
    assertEquals(0, analyzer.mentionSentence(0));
    assertEquals(2, analyzer.mentionSentence(1));
    assertEquals(2, analyzer.mentionSentence(2));
    assertEquals(GAZETTEER.indexOf("RU"), analyzer.mentionEntity(1));
  }

  @Test
  void sentenceEntitiesAreDistinctAndSorted() {
    ArticleAnalysis analysis = analyze("روسیه، ایران، روسیه و قره باغ");
    assertEquals(List.of("IR", "RU", "karabakh"), analysis.sentences().get(0).entities());
    assertEquals(4, analysis.sentences().get(0).mentions().size());
  }

  @Test
  void manyMentionsGrowTheBuffers() {
    ArticleAnalyzer analyzer = new ArticleAnalyzer(GAZETTEER);
    analyzer.analyze("ایران. ".repeat(100));
    assertEquals(100, analyzer.mentionCount());
    assertEquals(99, analyzer.mentionSentence(99));
  }

  @Test
  void reusedAnalyzerReportsOnlyTheLatestArticle() {
    ArticleAnalyzer analyzer = new ArticleAnalyzer(GAZETTEER);
    analyzer.analyze("ایران و روسیه. ترکیه.");
    analyzer.analyze("Baku");
    ArticleAnalysis analysis = analyzer.toAnalysis();
    assertEquals(List.of("baku"), analysis.entities());
    assertEquals(1, analysis.sentences().size());
    assertEquals(List.of(new ArticleAnalysis.Mention("baku", "Baku", 0, 4)),
        analysis.sentences().get(0).mentions());
  }

  private static ArticleAnalysis analyze(String text) {
    ArticleAnalyzer analyzer = new ArticleAnalyzer(GAZETTEER);
    analyzer.analyze(text);
    return analyzer.toAnalysis();
  }
}
