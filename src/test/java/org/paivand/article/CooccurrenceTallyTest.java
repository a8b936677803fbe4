package org.paivand.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.paivand.gazetteer.Gazetteer;

/** Mention counts and sentence pair counts of one article, and the reuse of one tally across articles. */
class CooccurrenceTallyTest {
  private static final Gazetteer GAZETTEER = Gazetteer.standard();

  /** Tallying {@code text} gives {@code mentions} ("IR=2 RU=1") and {@code pairs} ("IR|RU=1"), both in id order. */
  static void check(String text, String mentions, String pairs) {
    check(new CooccurrenceTally(GAZETTEER.size()), new ArticleAnalyzer(GAZETTEER), text, mentions, pairs);
  }

  static void check(CooccurrenceTally tally, ArticleAnalyzer analyzer, String text, String mentions, String pairs) {
    analyzer.analyze(text);
    tally.tally(analyzer);
    assertEquals(mentions, mentionsOf(tally), () -> "mentions in '" + text + "'");
    assertEquals(pairs, pairsOf(tally), () -> "sentence pairs in '" + text + "'");
  }

  @Test
  void emptyArticle() {
    check("", "", "");
  }

  @Test
  void articleWithoutEntities() {
    check("هوا خوب است.", "", "");
  }

  @Test
  void mentionCountsPerEntity() {
    check("ایران و روسیه. ایران و ایرانیان.", "IR=3 RU=1", "IR|RU=1");
  }

  @Test
  void pairCountedOncePerSentenceDespiteRepeatedMentions() {
    check("ایران، ایران و روسیه و روسیه.", "IR=2 RU=2", "IR|RU=1");
  }

  @Test
  void pairCountsSentencesHoldingBoth() {
    check("ایران و روسیه. روسیه و ایران.\nایران و روسیه", "IR=3 RU=3", "IR|RU=3");
  }

  @Test
  void pairsAreOrderedByIndexWhichIsIdOrder() {
    check("قره باغ و روسیه", "RU=1 karabakh=1", "RU|karabakh=1");
    CooccurrenceTally tally = tallied("روسیه و ایران و ارمنستان");
    for (int k = 0; k < tally.sentencePairCount(); k++) {
      assertTrue(tally.pairFirst(k) < tally.pairSecond(k));
    }
    assertEquals("AM|IR=1 AM|RU=1 IR|RU=1", pairsOf(tally));
  }

  @Test
  void pairsAcrossSentencesAreNotCounted() {
    check("ایران.\nروسیه.", "IR=1 RU=1", "");
  }

  @Test
  void sentenceWithOneEntityHasNoPair() {
    check("ایران و ایران. روسیه و ترکیه.", "IR=2 RU=1 TR=1", "RU|TR=1");
  }

  @Test
  void reuseAcrossArticlesDoesNotLeakCounts() {
    CooccurrenceTally tally = new CooccurrenceTally(GAZETTEER.size());
    ArticleAnalyzer analyzer = new ArticleAnalyzer(GAZETTEER);
    check(tally, analyzer, "ایران و روسیه. ایران و روسیه.", "IR=2 RU=2", "IR|RU=2");
    check(tally, analyzer, "ترکیه و ارمنستان.", "AM=1 TR=1", "AM|TR=1");
    check(tally, analyzer, "", "", "");
    check(tally, analyzer, "ایران و روسیه. ایران و روسیه.", "IR=2 RU=2", "IR|RU=2");
  }

  @Test
  void manyEntitiesForceTheTableToGrow() {
    String oneSentence = String.join(" and ", List.of("iran", "russia", "turkey", "armenia", "georgia", "syria",
        "iraq", "egypt", "france", "germany", "italy", "spain", "japan", "china", "india", "pakistan", "kenya",
        "brazil", "canada", "mexico", "chile", "peru", "cuba", "norway", "sweden", "finland", "poland", "greece",
        "lavrov", "zarif", "putin", "baku", "yerevan", "tehran", "moscow", "nato", "opec", "karabakh"));
    String article = oneSentence + ".\n" + oneSentence + ".\nirgc and hamas and " + oneSentence;
    CooccurrenceTally tally = tallied(article);
    assertEquals(40, tally.entityCount());
    assertEquals(40 * 39 / 2, tally.sentencePairCount());
    assertEquals(naivePairs(article), pairsOf(tally));
    assertEquals(3, tally.pairSentences(0));
    // and the next, small article finds an empty table
    ArticleAnalyzer analyzer = new ArticleAnalyzer(GAZETTEER);
    check(tally, analyzer, "ایران و روسیه.", "IR=1 RU=1", "IR|RU=1");
  }

  @Test
  void seedArticleAgreesWithANaiveCount() throws Exception {
    String article = SeedExpectationTest.seedText("irna-karabakh-article.txt");
    assertEquals(naivePairs(article), pairsOf(tallied(article)));
  }

  private static CooccurrenceTally tallied(String text) {
    ArticleAnalyzer analyzer = new ArticleAnalyzer(GAZETTEER);
    analyzer.analyze(text);
    CooccurrenceTally tally = new CooccurrenceTally(GAZETTEER.size());
    tally.tally(analyzer);
    return tally;
  }

  /** Pair counts from the analyzer's mentions with sets, the slow way. */
  private static String naivePairs(String text) {
    ArticleAnalyzer analyzer = new ArticleAnalyzer(GAZETTEER);
    analyzer.analyze(text);
    Map<Integer, TreeSet<Integer>> bySentence = new TreeMap<>();
    for (int m = 0; m < analyzer.mentionCount(); m++) {
      bySentence.computeIfAbsent(analyzer.mentionSentence(m), s -> new TreeSet<>()).add(analyzer.mentionEntity(m));
    }
    Map<List<Integer>, Integer> pairs = new TreeMap<>((a, b) -> a.get(0).equals(b.get(0))
        ? Integer.compare(a.get(1), b.get(1)) : Integer.compare(a.get(0), b.get(0)));
    for (TreeSet<Integer> entities : bySentence.values()) {
      for (int a : entities) {
        for (int b : entities.tailSet(a, false)) {
          pairs.merge(List.of(a, b), 1, Integer::sum);
        }
      }
    }
    List<String> result = new ArrayList<>();
    pairs.forEach((pair, count) -> result.add(GAZETTEER.id(pair.get(0)) + "|" + GAZETTEER.id(pair.get(1)) + "=" + count));
    return String.join(" ", result);
  }

  static String mentionsOf(CooccurrenceTally tally) {
    List<String> result = new ArrayList<>();
    for (int k = 0; k < tally.entityCount(); k++) {
      result.add(GAZETTEER.id(tally.entity(k)) + "=" + tally.mentions(k));
    }
    return String.join(" ", result);
  }

  static String pairsOf(CooccurrenceTally tally) {
    List<String> result = new ArrayList<>();
    for (int k = 0; k < tally.sentencePairCount(); k++) {
      result.add(GAZETTEER.id(tally.pairFirst(k)) + "|" + GAZETTEER.id(tally.pairSecond(k)) + "="
          + tally.pairSentences(k));
    }
    return String.join(" ", result);
  }
}
