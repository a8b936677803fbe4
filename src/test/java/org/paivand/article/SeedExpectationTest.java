package org.paivand.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.paivand.gazetteer.Gazetteer;

/**
 * The seed article (an IRNA report on the Zarif–Lavrov call about Karabakh) against the hand-made
 * {@code seed/expected.json}: required entities found sentence by sentence, nothing outside required + optional, no
 * mention in the page boilerplate, and the sentence pair counts.
 */
class SeedExpectationTest {
  private static String article;
  private static JsonNode expected;
  private static ArticleAnalysis analysis;

  @BeforeAll
  static void analyzeSeed() throws IOException {
    article = seedText("irna-karabakh-article.txt");
    expected = new ObjectMapper().readTree(seedText("expected.json"));
    ArticleAnalyzer analyzer = new ArticleAnalyzer(Gazetteer.standard());
    analyzer.analyze(article);
    analysis = analyzer.toAnalysis();
  }

  @TestFactory
  Stream<DynamicTest> eachExpectedSentence() {
    return stream(expected.get("sentences")).map(sentence -> DynamicTest.dynamicTest(
        "sentence " + sentence.get("n").asInt(), () -> checkSentence(sentence)));
  }

  private static void checkSentence(JsonNode expectation) {
    int n = expectation.get("n").asInt();
    ArticleAnalysis.Sentence sentence = analysis.sentences().get(n - 1);
    String startsWith = expectation.get("starts_with").asText();
    assertTrue(sentence.text().startsWith(startsWith),
        () -> "sentence " + n + " should start with '" + startsWith + "': " + sentence.text());
    Set<String> found = new TreeSet<>(sentence.entities());
    Set<String> required = strings(expectation.get("required"));
    Set<String> allowed = new TreeSet<>(required);
    allowed.addAll(strings(expectation.get("optional")));
    assertTrue(found.containsAll(required), () -> "sentence " + n + " misses " + minus(required, found));
    assertTrue(allowed.containsAll(found), () -> "sentence " + n + " has false positives " + minus(found, allowed));
  }

  @Test
  void boilerplateAfterTheTenthSentenceHasNoMentions() {
    int expectedSentences = expected.get("sentences").size();
    assertTrue(analysis.sentences().size() > expectedSentences, "the boilerplate lines are sentences too");
    for (ArticleAnalysis.Sentence sentence : analysis.sentences().subList(expectedSentences,
        analysis.sentences().size())) {
      assertEquals(List.of(), sentence.mentions(), () -> "boilerplate line '" + sentence.text() + "'");
    }
  }

  @Test
  void documentEntities() {
    Set<String> found = new TreeSet<>(analysis.entities());
    Set<String> required = strings(expected.get("document_entities_required"));
    Set<String> allowed = new TreeSet<>();
    for (JsonNode sentence : expected.get("sentences")) {
      allowed.addAll(strings(sentence.get("required")));
      allowed.addAll(strings(sentence.get("optional")));
    }
    assertTrue(found.containsAll(required), () -> "the article misses " + minus(required, found));
    assertTrue(allowed.containsAll(found), () -> "false positives in the article: " + minus(found, allowed));
    assertEquals(List.copyOf(found), analysis.entities(), "document entities are distinct and sorted");
  }

  @Test
  void sentencePairCounts() {
    for (Map.Entry<String, JsonNode> pair : fields(expected.get("sentence_pair_counts"))) {
      String[] ids = pair.getKey().split("\\|");
      long together = analysis.sentences().stream()
          .filter(sentence -> sentence.entities().contains(ids[0]) && sentence.entities().contains(ids[1]))
          .count();
      assertEquals(pair.getValue().asInt(), together, () -> "sentences holding " + pair.getKey());
    }
  }

  @Test
  void tallyGivesTheSamePairCounts() {
    Gazetteer gazetteer = Gazetteer.standard();
    ArticleAnalyzer analyzer = new ArticleAnalyzer(gazetteer);
    analyzer.analyze(article);
    CooccurrenceTally tally = new CooccurrenceTally(gazetteer.size());
    tally.tally(analyzer);
    for (Map.Entry<String, JsonNode> pair : fields(expected.get("sentence_pair_counts"))) {
      String[] ids = pair.getKey().split("\\|");
      int a = gazetteer.indexOf(ids[0]);
      int b = gazetteer.indexOf(ids[1]);
      int first = Math.min(a, b);
      int second = Math.max(a, b);
      int count = 0;
      for (int k = 0; k < tally.sentencePairCount(); k++) {
        if (tally.pairFirst(k) == first && tally.pairSecond(k) == second) {
          count = tally.pairSentences(k);
        }
      }
      assertEquals(pair.getValue().asInt(), count, () -> "tally of " + pair.getKey());
    }
  }

  @Test
  void surfacesAndSentenceTextsAreCutFromTheOriginal() {
    for (ArticleAnalysis.Sentence sentence : analysis.sentences()) {
      assertEquals(article.substring(sentence.start(), sentence.end()), sentence.text());
      for (ArticleAnalysis.Mention mention : sentence.mentions()) {
        assertEquals(article.substring(mention.start(), mention.end()), mention.surface());
        assertTrue(sentence.start() <= mention.start() && mention.end() <= sentence.end(),
            () -> mention + " lies in its sentence");
      }
    }
  }

  @Test
  void karabakhIsFoundInAllThreeSpellings() {
    Set<String> surfaces = new HashSet<>();
    analysis.sentences().forEach(sentence -> sentence.mentions().stream()
        .filter(mention -> mention.entity().equals("karabakh"))
        .forEach(mention -> surfaces.add(mention.surface())));
    assertEquals(Set.of("قره باغ", "قرهباغ", "قره باغ کوهستانی"), surfaces);
  }

  /**
   * What roles add on the seed's publication day (1399/07/15, 2020-10-06: Zarif and Lavrov foreign ministers,
   * Pashinyan prime minister of Armenia), as {@code sentence entity «surface»}, sentences numbered as in
   * expected.json. expected.json describes names only, so it holds without a date; with roles, these come on top.
   */
  static final List<String> SEED_ROLE_MENTIONS = List.of(
      "2 zarif «وزیران امور خارجه ایران و روسیه»", "2 lavrov «وزیران امور خارجه ایران و روسیه»",
      "3 zarif «وزرای امور خارجه ایران و روسیه»", "3 lavrov «وزرای امور خارجه ایران و روسیه»",
      "5 zarif «وزیران خارجه ایران و روسیه»", "5 lavrov «وزیران خارجه ایران و روسیه»",
      "7 pashinyan «نخست وزیر ارمنستان»");

  @Test
  void withRolesOnItsDayTheSeedGainsExactlyTheListedRoleMentions() {
    ArticleAnalyzer analyzer = new ArticleAnalyzer(Gazetteer.standard());
    analyzer.analyze(article, (int) java.time.LocalDate.of(2020, 10, 6).toEpochDay());
    ArticleAnalysis withRoles = analyzer.toAnalysis();
    List<String> roles = new ArrayList<>();
    List<ArticleAnalysis.Sentence> names = new ArrayList<>();
    for (ArticleAnalysis.Sentence sentence : withRoles.sentences()) {
      List<ArticleAnalysis.Mention> plain = new ArrayList<>();
      for (ArticleAnalysis.Mention mention : sentence.mentions()) {
        if (mention.role() != null) {
          roles.add((sentence.index() + 1) + " " + mention.entity() + " \u00AB" + mention.surface() + "\u00BB");
          assertEquals("2020-10-06", mention.role().date());
        } else {
          plain.add(mention);
        }
      }
      names.add(new ArticleAnalysis.Sentence(sentence.index(), sentence.start(), sentence.end(), sentence.text(),
          plain));
    }
    assertEquals(SEED_ROLE_MENTIONS, roles);
    assertEquals(analysis.sentences(), names, "the mentions of names are those without a date");
  }

  static String seedText(String name) throws IOException {
    try (InputStream in = SeedExpectationTest.class.getResourceAsStream("/seed/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Stream<JsonNode> stream(JsonNode array) {
    List<JsonNode> items = new ArrayList<>();
    array.forEach(items::add);
    return items.stream();
  }

  private static List<Map.Entry<String, JsonNode>> fields(JsonNode object) {
    List<Map.Entry<String, JsonNode>> result = new ArrayList<>();
    result.addAll(object.properties());
    return result;
  }

  private static Set<String> strings(JsonNode array) {
    Set<String> result = new TreeSet<>();
    array.forEach(item -> result.add(item.asText()));
    return result;
  }

  private static Set<String> minus(Set<String> a, Set<String> b) {
    Set<String> result = new TreeSet<>(a);
    result.removeAll(b);
    return result;
  }
}
