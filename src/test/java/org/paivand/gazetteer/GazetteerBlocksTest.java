package org.paivand.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paivand.article.ArticleAnalyzer;

/** The block lines and removals of docs/gazetteer.md: each phrase yields exactly the entities listed, often none. */
class GazetteerBlocksTest {
  private final ArticleAnalyzer analyzer = new ArticleAnalyzer(Gazetteer.standard());

  private List<String> entities(String text) {
    analyzer.analyze(text);
    List<String> ids = new ArrayList<>();
    for (int m = 0; m < analyzer.mentionCount(); m++) {
      ids.add(analyzer.gazetteer().id(analyzer.mentionEntity(m)));
    }
    return ids;
  }

  private void check(String text, String... expected) {
    assertEquals(List.of(expected), entities(text), text);
  }

  @Test
  void nationalSecurityCouncilIsNotTheUnSecurityCouncil() {
    check("دبیر شورای امنیت ملی");
    check("شورای امنیت سازمان ملل", "un-security-council", "un"); // the UN named inside: EVAL-FORMAT.md
    check("the national security council");
  }

  @Test
  void seasAndContinentsAreNotCountries() {
    check("دریای عمان و اقیانوس هند");
    check("آمریکای لاتین و آمریکای جنوبی و آمریکای شمالی و آمریکای مرکزی");
    check("Latin America, South America, Central America, North America and the Indian Ocean");
    check("عمان و هند و آمریکا", "OM", "IN", "US");
  }

  @Test
  void epicIsNotHamas() {
    check("فیلم حماسی");
    check("جنبش حماس", "hamas");
  }

  @Test
  void asARuleIsNotAlQaeda() {
    check("علی‌القاعده باید");
    check("گروه القاعده", "al-qaeda");
  }

  @Test
  void englishBlocks() {
    check("the U.S.S.R. collapsed");
    check("a guinea pig and guinea pigs");
    check("Guinea and Papua New Guinea", "GN", "PG");
  }

  @Test
  void richnessButaneAndReunionAreNotCountries() {
    check("غنای فرهنگی و گاز بوتان");
    check("a family reunion");
    check("کشور غنا و Reunion Island", "GH", "RE");
  }
}
