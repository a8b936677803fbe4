package org.paivand.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paivand.gazetteer.Gazetteer;

/**
 * Scraped text as it comes: HTML markup and character references, lone surrogates, control characters, and articles
 * of many megabytes. Each counts like the clean text it stands for, with offsets into the text as given.
 */
class DirtyTextTest {
  private static final Gazetteer GAZETTEER = Gazetteer.standard();
  private static final int TEN_MEGABYTES = 10 * 1024 * 1024;

  @Test
  void mentionSpelledWithReferencesCoversTheWholeReferences() {
    String text = "<p>&#1575;&#1740;&#1585;&#1575;&#1606; and Russia</p>";
    ArticleAnalysis analysis = analyze(text);
    assertEquals(List.of("IR", "RU"), analysis.entities());
    String iran = "&#1575;&#1740;&#1585;&#1575;&#1606;";
    assertEquals(List.of(
        new ArticleAnalysis.Mention("IR", iran, 3, 3 + iran.length()),
        new ArticleAnalysis.Mention("RU", "Russia", text.indexOf("Russia"), text.indexOf("Russia") + 6)),
        analysis.sentences().get(0).mentions());
    assertEquals(iran + " and Russia", analysis.sentences().get(0).text());
  }

  @Test
  void mentionEndingInAnEndingWrittenAsReferenceCoversIt() {
    String text = "ایران&#1740; و Iran&amp;Russia";
    ArticleAnalysis analysis = analyze(text);
    assertEquals(List.of(new ArticleAnalysis.Mention("IR", "ایران&#1740;", 0, 12),
        new ArticleAnalysis.Mention("IR", "Iran", 15, 19), new ArticleAnalysis.Mention("RU", "Russia", 24, 30)),
        analysis.sentences().get(0).mentions());
  }

  @Test
  void namedReferencesBetweenWords() {
    assertEquals(List.of("IR", "RU"), analyze("Iran &amp; Russia").entities());
    assertEquals(List.of("karabakh"), analyze("قره&zwnj;باغ").entities());
  }

  @Test
  void scriptContentsAreNotMatched() {
    ArticleAnalysis analysis = analyze("<script>var iran = 'ایران';</script><style>.russia{}</style><p>ترکیه</p>");
    assertEquals(List.of("TR"), analysis.entities());
  }

  @Test
  void blockTagEndsASentence() {
    String text = "<div>ایران<br/>روسیه</div>";
    ArticleAnalyzer analyzer = new ArticleAnalyzer(GAZETTEER);
    analyzer.analyze(text);
    assertEquals(2, analyzer.sentenceCount());
    assertEquals("ایران", text.substring(analyzer.sentenceStart(0), analyzer.sentenceEnd(0)));
    assertEquals("روسیه", text.substring(analyzer.sentenceStart(1), analyzer.sentenceEnd(1)));
    assertEquals(0, analyzer.mentionSentence(0));
    assertEquals(1, analyzer.mentionSentence(1));
  }

  @Test
  void inlineTagSeparatesWordsWithinASentence() {
    ArticleAnalyzer analyzer = new ArticleAnalyzer(GAZETTEER);
    analyzer.analyze("<b>Iran</b><i>Russia</i>");
    assertEquals(1, analyzer.sentenceCount());
    assertEquals(2, analyzer.mentionCount());
  }

  @Test
  void lessThanBetweenWordsIsLeftAlone() {
    ArticleAnalysis analysis = analyze("ایران < روسیه");
    assertEquals(List.of("IR", "RU"), analysis.entities());
    assertEquals("ایران < روسیه", analysis.sentences().get(0).text());
  }

  @Test
  void emptyMarkupHasNoSentence() {
    ArticleAnalysis analysis = analyze("<p></p><br/><!-- -->&nbsp;");
    assertEquals(List.of(), analysis.sentences());
  }

  @Test
  void loneSurrogateDoesNotJoinWords() {
    assertEquals(List.of("IR", "RU"), analyze("Iran\uD800Russia").entities());
    assertEquals(List.of("IR", "RU"), analyze("Iran\uDC00Russia\uD800").entities());
  }

  @Test
  void controlCharactersDoNotJoinWordsOrCrash() {
    assertEquals(List.of("IR", "RU"), analyze("Iran\u0000 and Russia").entities());
    assertEquals(List.of("IR", "RU"), analyze("Iran\u0000Russia").entities());
    assertEquals(List.of("IR", "RU"), analyze("\u0001Iran\u001B\u007FRussia\u0092").entities());
  }

  @Test
  void tenMegabyteArticleFindsMentionsAtBothEnds() {
    String filler = "خبری از آن سو نیست و روز به پایان رسید ";
    String text = "ایران " + filler.repeat(TEN_MEGABYTES / filler.length()) + "روسیه";
    ArticleAnalyzer analyzer = new ArticleAnalyzer(GAZETTEER);
    long allocatedBefore = allocatedBytes();
    analyzer.analyze(text);
    long allocated = allocatedBytes() - allocatedBefore;
    assertEquals(2, analyzer.mentionCount());
    assertEquals(0, analyzer.mentionStart(0));
    assertEquals(text.length(), analyzer.mentionEnd(1));
    assertEquals(GAZETTEER.indexOf("RU"), analyzer.mentionEntity(1));
    // buffers sized to the text (2 bytes a character, 4 for each origin), no objects per character
    assertTrue(allocated < 8L * text.length(), () -> allocated + " bytes allocated");
    long allocatedAgain = allocatedBytes();
    analyzer.analyze(text);
    long reused = allocatedBytes() - allocatedAgain;
    assertTrue(reused < 64 * 1024, () -> reused + " bytes allocated with the buffers reused");
  }

  @Test
  void tenMegabytesOfMarkupFindsMentionsAtBothEnds() {
    String filler = "<p class=\"body\">خبری از آن سو&nbsp;نیست&hellip;</p>\n";
    String iran = "&#1575;&#1740;&#1585;&#1575;&#1606;";
    String text = "<div>" + iran + filler.repeat(TEN_MEGABYTES / filler.length()) + "<b>Russia</b></div>";
    ArticleAnalyzer analyzer = new ArticleAnalyzer(GAZETTEER);
    analyzer.analyze(text);
    assertEquals(2, analyzer.mentionCount());
    assertEquals(5, analyzer.mentionStart(0));
    assertEquals(5 + iran.length(), analyzer.mentionEnd(0));
    assertEquals("Russia", text.substring(analyzer.mentionStart(1), analyzer.mentionEnd(1)));
    assertEquals(TEN_MEGABYTES / filler.length() + 2, analyzer.sentenceCount()); // ایران, each paragraph, Russia
  }

  private static ArticleAnalysis analyze(String text) {
    ArticleAnalyzer analyzer = new ArticleAnalyzer(GAZETTEER);
    analyzer.analyze(text);
    return analyzer.toAnalysis();
  }

  /** Bytes this thread has allocated so far, from HotSpot's thread bean. */
  private static long allocatedBytes() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
  }
}
