package org.paivand.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paivand.gazetteer.MentionExplainer.Explanation;
import org.paivand.gazetteer.MentionExplainer.Kind;

/** What extract --format text says about each place: alias, source, ending and rules. */
class MentionExplainerTest {
  private static final MentionExplainer EXPLAINER = new MentionExplainer(Gazetteer.standard());

  private static List<String> explain(String text) {
    return EXPLAINER.explain(text).stream().map(MentionExplainerTest::line).toList();
  }

  private static String line(Explanation e) {
    return e.kind() + " " + e.entity() + " " + e.start() + "-" + e.end() + " «" + e.surface() + "» '" + e.alias()
        + "' " + e.source().replaceAll(":\\d+", ":N") + " | " + e.rules();
  }

  @Test
  void cldrNameWithAnEnding() {
    assertEquals(List.of("MENTION IR 0-8 «ایرانیان» 'ایران' CLDR fa IR | ending 'یان' (suffix=all)"),
        explain("ایرانیان"));
  }

  @Test
  void fileAliasAndSpellingWithoutASpace() {
    assertEquals(List.of("MENTION karabakh 3-9 «قرهباغ» 'قرهباغ' entities.tsv:N (spelling without a space) | whole"
        + " word"), explain("در قرهباغ"));
  }

  @Test
  void blockAndContextRejection() {
    List<Explanation> explanations = EXPLAINER.explain("Jordan Peterson met us");
    assertEquals(List.of(Kind.BLOCK, Kind.REJECTED, Kind.REJECTED),
        explanations.stream().map(Explanation::kind).toList());
    assertEquals("context=lowercase-us turned it down", explanations.get(2).rules().split("; ")[1]);
  }

  @Test
  void exactCase() {
    assertEquals(List.of("MENTION rice 0-4 «Rice» 'rice' entities.tsv:N | whole word; exact case 'Rice'"),
        explain("Rice"));
  }

  @Test
  void empty() {
    assertEquals(List.of(), explain(""));
  }
}
