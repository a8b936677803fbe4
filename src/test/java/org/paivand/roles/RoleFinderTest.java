package org.paivand.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paivand.article.ArticleAnalyzer;
import org.paivand.gazetteer.Gazetteer;

/**
 * One test per rule of {@link RoleFinder}, through the analyzer as the job calls it: each check lists the role
 * mentions of a text on a day as {@code person «surface»}.
 */
class RoleFinderTest {
  private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(Gazetteer.standard());

  private static void check(String text, String day, String... expected) {
    assertEquals(List.of(expected), roles(ANALYZER, text, day), text + " on " + day);
  }

  private static List<String> roles(ArticleAnalyzer analyzer, String text, String day) {
    analyzer.analyze(text, day == null ? ArticleAnalyzer.NO_DATE : (int) LocalDate.parse(day).toEpochDay());
    List<String> roles = new ArrayList<>();
    for (int m = 0; m < analyzer.mentionCount(); m++) {
      if (analyzer.mentionTerm(m) >= 0) {
        roles.add(analyzer.gazetteer().id(analyzer.mentionEntity(m)) + " \u00AB"
            + text.substring(analyzer.mentionStart(m), analyzer.mentionEnd(m)) + "\u00BB");
      }
    }
    return roles;
  }

  @Test
  void empty() {
    check("", "2008-09-27");
  }

  @Test
  void persianHeadBeforeTheCountry() {
    check("وزیر امور خارجه روسیه وارد تهران شد.", "2008-09-27", "lavrov «وزیر امور خارجه روسیه»");
    check("وزیر خارجه روسیه گفت", "2008-09-27", "lavrov «وزیر خارجه روسیه»");
  }

  @Test
  void persianHeadWithZeroWidthNonJoinerOrWrittenTogether() {
    check("رئیس\u200Cجمهور آذربایجان به مسکو رفت", "2020-10-06", "aliyev-ilham «رئیس\u200Cجمهور آذربایجان»");
    check("نخست\u200Cوزیر ارمنستان", "2020-10-06", "pashinyan «نخست\u200Cوزیر ارمنستان»");
    check("نخستوزیر ارمنستان", "2020-10-06", "pashinyan «نخستوزیر ارمنستان»");
  }

  @Test
  void presidentOfACountryNamedWithRepublic() {
    check("رئیس جمهوری اسلامی ایران", "2015-01-01", "rouhani «رئیس جمهوری اسلامی ایران»");
    check("رئیس جمهوری آذربایجان", "2015-01-01", "aliyev-ilham «رئیس جمهوری آذربایجان»");
  }

  @Test
  void arabicYehAndKafAreNormalized() {
    check("رييس جمهور فرانسه", "2005-11-06", "chirac «رييس جمهور فرانسه»");
  }

  @Test
  void ourCountryIsIranInPersian() {
    check("وزیر امور خارجه کشورمان به مسکو رفت", "2015-01-01", "zarif «وزیر امور خارجه کشورمان»");
    check("کشورمان", "2015-01-01");
  }

  @Test
  void supremeLeaderOfIranOnly() {
    check("رهبر ایران", "2015-01-01", "khamenei «رهبر ایران»");
    check("رهبر روسیه", "2015-01-01");
    check("iran's supreme leader", "2015-01-01", "khamenei «iran's supreme leader»");
  }

  @Test
  void englishCountryThenHead() {
    check("Russian Foreign Minister Sergei Lavrov said", "2008-09-27", "lavrov «Russian Foreign Minister»");
    check("us president visits baghdad", "2003-12-01", "bush «us president»");
    check("british pm in talks", "2003-12-01", "blair «british pm»");
  }

  @Test
  void englishPossessive() {
    check("Iran's president arrives", "2015-01-01", "rouhani «Iran's president»");
    check("russia's foreign minister", "2015-01-01", "lavrov «russia's foreign minister»");
  }

  @Test
  void englishHeadOfCountry() {
    check("the president of france said", "2010-01-01", "sarkozy «president of france»");
    check("prime minister of the united kingdom", "2010-01-01", "brown «prime minister of the united kingdom»");
  }

  @Test
  void headsForOneCountryOnly() {
    check("us secretary of state", "2003-12-01", "powell «us secretary of state»");
    check("french secretary of state", "2003-12-01");
    check("german chancellor", "2003-12-01", "schroeder «german chancellor»");
    check("british chancellor", "2003-12-01");
  }

  @Test
  void pluralHeadResolvesEachCountryOfTheList() {
    check("وزرای امور خارجه ایران و روسیه", "2020-10-06", "zarif «وزرای امور خارجه ایران و روسیه»",
        "lavrov «وزرای امور خارجه ایران و روسیه»");
    check("the foreign ministers of iran and russia", "2020-10-06",
        "zarif «foreign ministers of iran and russia»", "lavrov «foreign ministers of iran and russia»");
    check("iranian, russian and turkish presidents met", "2020-10-06",
        "rouhani «iranian, russian and turkish presidents»", "putin «iranian, russian and turkish presidents»",
        "erdogan «iranian, russian and turkish presidents»");
  }

  @Test
  void singularHeadResolvesOnlyTheCountryBesideIt() {
    check("وزیر خارجه ایران و روسیه", "2020-10-06", "zarif «وزیر خارجه ایران»");
    check("iranian and russian president", "2020-10-06", "putin «russian president»");
  }

  @Test
  void formerHolderIsNotResolved() {
    check("وزیر خارجه سابق روسیه", "2020-10-06");
    check("رئیس جمهور آمریکا سابق", "2020-10-06");
    check("رئیس جمهور اسبق آمریکا", "2020-10-06");
    check("former us president", "2020-10-06");
    check("ex-us president", "2020-10-06");
    check("russia's former president", "2020-10-06");
    check("the former president of france", "2020-10-06");
  }

  @Test
  void deputiesVicePresidentsAndElectsAreNotTheHolder() {
    check("معاون وزیر خارجه روسیه", "2020-10-06");
    check("russian deputy foreign minister", "2020-10-06");
    check("us vice president", "2020-10-06");
    check("us president elect", "2020-11-20");
    check("رئیس جمهور منتخب آمریکا", "2020-11-20");
  }

  @Test
  void theDayDecidesTheHolderAcrossATermBoundary() {
    // Igor Ivanov's last day was 2004-03-08; Lavrov took office on 2004-03-09
    check("وزیر خارجه روسیه", "2004-03-08", "ivanov «وزیر خارجه روسیه»");
    check("وزیر خارجه روسیه", "2004-03-09", "lavrov «وزیر خارجه روسیه»");
    check("us president", "2009-01-19", "bush «us president»");
    check("us president", "2009-01-20", "obama «us president»");
  }

  @Test
  void anOfficeNobodyOfTheGazetteerHeldIsNotResolved() {
    // between Raisi's death and Pezeshkian's inauguration Mokhber acted, who is not in the gazetteer
    check("رئیس جمهور ایران", "2024-06-15");
    check("israeli president", "2003-03-19");
  }

  @Test
  void noDateNoRoles() {
    check("وزیر امور خارجه روسیه", null);
  }

  @Test
  void rolesOffNoRoles() {
    assertEquals(List.of(), roles(new ArticleAnalyzer(Gazetteer.standard(), false), "وزیر امور خارجه روسیه",
        "2008-09-27"));
  }

  @Test
  void aCountryWithoutAnOfficeIsNoRole() {
    check("روسیه و ایران بیانیه دادند", "2008-09-27");
    check("russian troops", "2008-09-27");
    check("وزارت امور خارجه روسیه", "2008-09-27");
  }

  @Test
  void aBareOfficeWithoutACountryIsNotResolved() {
    check("رئیس جمهور گفت", "2008-09-27");
    check("the president said", "2008-09-27");
  }

  @Test
  void theRoleMentionKeepsTheCountryMentionAndTheTextOrder() {
    ANALYZER.analyze("وزیر امور خارجه روسیه", (int) LocalDate.parse("2008-09-27").toEpochDay());
    assertEquals(2, ANALYZER.mentionCount());
    assertEquals("lavrov", ANALYZER.gazetteer().id(ANALYZER.mentionEntity(0)));
    assertEquals("RU", ANALYZER.gazetteer().id(ANALYZER.mentionEntity(1)));
    assertEquals(-1, ANALYZER.mentionTerm(1));
    assertEquals(0, ANALYZER.mentionSentence(0));
  }

  @Test
  void theLeaderOfTheRevolutionIsIransSupremeLeader() {
    check("رهبر معظم انقلاب اسلامی در این دیدار گفت", "2010-01-01", "khamenei «رهبر معظم انقلاب اسلامی»");
    check("منویات رهبر انقلاب اسلامی در حوزه وقف", "2015-01-01", "khamenei «رهبر انقلاب اسلامی»");
    check("منویات رهبر انقلاب در حوزه وقف", "2015-01-01");
    check("رهبر کبیر انقلاب اسلامی، امام خمینی", "2010-01-01");
    check("رهبر معظم انقلاب اسلامی", "1988-01-01");
    check("رهبران انقلاب", "2010-01-01");
  }
}
