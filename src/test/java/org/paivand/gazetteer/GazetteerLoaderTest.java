package org.paivand.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paivand.gazetteer.MatchChecks.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.paivand.text.TextNormalizer;

/** The CLDR names, what the resource files add to or remove from them, and the order and form of what is built. */
class GazetteerLoaderTest {

  @Test
  void blocksHaveNoEntity() {
    Gazetteer small = gazetteer("-;block;-;-;new york", "york;city;-;-;york");
    assertEquals(List.of("york"), small.entities().stream().map(Entity::id).toList());
    assertTrue(alias(small, "new york").orElseThrow().isBlock());
  }

  @Test
  void sameAliasTwiceForOneEntityIsKeptOnce() {
    Gazetteer small = gazetteer("baku;city;-;-;baku", "baku;city;-;-;Baku");
    assertEquals(List.of("baku"), small.aliasesOf("baku"));
  }

  @Test
  void aliasesOfAnUnknownIdIsEmpty() {
    Gazetteer small = gazetteer("-;block;-;-;new york", "york;city;-;-;york");
    assertEquals(List.of("york"), small.aliasesOf("york"));
    assertEquals(List.of(), small.aliasesOf("-"));
    assertEquals(List.of(), Gazetteer.standard().aliasesOf("atlantis"));
  }

  @Test
  void exactCaseKeepsTheFileSpelling() {
    Alias rice = alias(Gazetteer.standard(), "rice").orElseThrow();
    assertEquals("Rice", rice.exactCase());
    assertEquals("rice", Gazetteer.standard().id(rice.entity()));
    assertNull(alias(Gazetteer.standard(), "iran").orElseThrow().exactCase());
  }

  @Test
  void contextRulesAndSourcesAreKept() {
    Alias us = alias(Gazetteer.standard(), "us").orElseThrow();
    assertEquals(ContextRule.LOWERCASE_US, us.context());
    assertTrue(us.source().startsWith("countries.tsv:"), us.source());
    assertEquals(ContextRule.NOT_US_STATE, alias(Gazetteer.standard(), "georgia").orElseThrow().context());
    assertEquals("CLDR en IR", alias(Gazetteer.standard(), "iran").orElseThrow().source());
  }

  @Test
  void parentsAreData() {
    Gazetteer standard = Gazetteer.standard();
    assertEquals("AZ", standard.entity(standard.indexOf("baku")).parent());
    assertEquals("RU", standard.entity(standard.indexOf("lavrov")).parent());
    assertEquals("AZ", standard.entity(standard.indexOf("karabakh")).parent());
    assertNull(standard.entity(standard.indexOf("osce")).parent());
    assertNull(standard.entity(standard.indexOf("IR")).parent());
  }

  @Test
  void defaultSuffixClasses() {
    Gazetteer standard = Gazetteer.standard();
    assertEquals(SuffixClass.PLURAL, alias(standard, "روس").orElseThrow().suffixes());
    assertEquals(SuffixClass.ALL, alias(standard, "ایران").orElseThrow().suffixes());
    assertEquals(SuffixClass.ALL, alias(standard, "قره باغ").orElseThrow().suffixes());
    assertEquals(SuffixClass.ALL, alias(standard, "iran").orElseThrow().suffixes());
    assertEquals(SuffixClass.NONE, alias(standard, "turkey").orElseThrow().suffixes());
  }

  @Test
  void cldrNamesArePresent() {
    Gazetteer standard = Gazetteer.standard();
    checkGeneratedAlias(standard, "ایران", "IR");
    checkGeneratedAlias(standard, "iran", "IR");
    checkGeneratedAlias(standard, "جمهوری اذربایجان", "AZ");
    checkGeneratedAlias(standard, "ترکیه", "TR");
    assertTrue(standard.aliasesOf("TR").contains("turkey"));
    assertTrue(standard.aliasesOf("TR").contains("turkiye"));
    checkGeneratedAlias(standard, "myanmar", "MM");
    checkGeneratedAlias(standard, "burma", "MM");
    checkGeneratedAlias(standard, "bosnia and herzegovina", "BA");
  }

  @Test
  void removedCldrNamesAreAbsent() {
    Gazetteer standard = Gazetteer.standard();
    for (String removed : List.of("مالی", "چک", "بنین", "موریس", "جرزی", "jersey", "گویان")) {
      assertEquals(Optional.empty(), alias(standard, removed).map(Alias::text), removed);
    }
    assertTrue(standard.aliasesOf("ML").contains("کشور مالی"));
    assertTrue(standard.aliasesOf("CZ").contains("جمهوری چک"));
    assertTrue(standard.aliasesOf("CZ").contains("czechia"));
  }

  @Test
  void spellingsWithoutZeroWidthNonJoinerAreGenerated() {
    Gazetteer standard = Gazetteer.standard();
    checkGeneratedAlias(standard, "قرهباغ", "karabakh");
    checkGeneratedAlias(standard, "قرهباغکوهستانی", "karabakh");
    checkGeneratedAlias(standard, "هنگکنگ", "HK");
    assertFalse(alias(standard, "قره باغ").orElseThrow().generated());
  }

  @Test
  void spellingsJoinEveryCombinationOfUpToThreeSpaces() {
    assertEquals(List.of("قره باغ", "قرهباغ"), GazetteerLoader.spellings("قره باغ"));
    assertEquals(List.of("قره باغ کوهستانی", "قرهباغ کوهستانی", "قره باغکوهستانی", "قرهباغکوهستانی"),
        GazetteerLoader.spellings("قره باغ کوهستانی"));
    assertEquals(8, GazetteerLoader.spellings("الف ب پ ت").size());
  }

  @Test
  void spellingsJoinOneSpaceAtATimeBeyondThree() {
    assertEquals(List.of("الف ب پ ت ث", "الفب پ ت ث", "الف بپ ت ث", "الف ب پت ث", "الف ب پ تث"),
        GazetteerLoader.spellings("الف ب پ ت ث"));
  }

  @Test
  void englishAliasesGetNoJoinedSpellings() {
    assertEquals(List.of("nagorno karabakh"), GazetteerLoader.spellings("nagorno karabakh"));
    assertEquals(List.of("ایران"), GazetteerLoader.spellings("ایران"));
  }

  @Test
  void cldrNameForms() {
    assertEquals(List.of("Myanmar", "Burma"), GazetteerLoader.cldrNameForms("Myanmar (Burma)"));
    assertEquals(List.of("هنگ\u200Cکنگ"), GazetteerLoader.cldrNameForms("هنگ\u200Cکنگ، منطقهٔ ویژهٔ اداری چین"));
    assertEquals(List.of("Bosnia & Herzegovina", "Bosnia and Herzegovina"),
        GazetteerLoader.cldrNameForms("Bosnia & Herzegovina"));
    assertEquals(List.of("Iran"), GazetteerLoader.cldrNameForms("Iran"));
  }

  @Test
  void entityIdsAreSortedSoIndexOrderIsIdOrder() {
    Gazetteer standard = Gazetteer.standard();
    List<String> ids = standard.entities().stream().map(Entity::id).toList();
    List<String> sorted = new ArrayList<>(ids);
    sorted.sort(GazetteerLoaderTest::compareCodePoints);
    assertEquals(sorted, ids);
    for (int i = 0; i < standard.size(); i++) {
      assertEquals(i, standard.indexOf(standard.id(i)));
    }
    assertEquals(-1, standard.indexOf("atlantis"));
    assertTrue(standard.indexOf("AZ") < standard.indexOf("RU"));
    assertTrue(standard.indexOf("RU") < standard.indexOf("karabakh"));
  }

  @Test
  void entityTypes() {
    Gazetteer standard = Gazetteer.standard();
    assertEquals(EntityType.COUNTRY, standard.entity(standard.indexOf("IR")).type());
    assertEquals(EntityType.PERSON, standard.entity(standard.indexOf("zarif")).type());
    assertEquals(EntityType.ORGANIZATION, standard.entity(standard.indexOf("osce")).type());
    assertEquals(EntityType.REGION, standard.entity(standard.indexOf("karabakh")).type());
    assertEquals(EntityType.CITY, standard.entity(standard.indexOf("baku")).type());
    assertEquals(EntityType.GROUP, standard.entity(standard.indexOf("kurds")).type());
  }

  @Test
  void everyStandardAliasIsAlreadyNormalized() {
    TextNormalizer normalizer = TextNormalizer.standard();
    for (Alias alias : Gazetteer.standard().aliases()) {
      assertEquals(alias.text(), normalizer.normalize(alias.text()));
      assertFalse(alias.text().isEmpty());
    }
  }

  @Test
  void everyStandardAliasIsUnique() {
    List<String> texts = Gazetteer.standard().aliases().stream().map(Alias::text).toList();
    assertEquals(texts.size(), texts.stream().distinct().count());
  }

  @Test
  void standardIsBuiltOnce() {
    assertTrue(Gazetteer.standard() == Gazetteer.standard());
  }

  private static void checkGeneratedAlias(Gazetteer gazetteer, String text, String id) {
    Alias alias = alias(gazetteer, text).orElseThrow(() -> new AssertionError("no alias '" + text + "'"));
    assertEquals(id, gazetteer.id(alias.entity()), text);
    assertTrue(alias.generated(), () -> "'" + text + "' should be a generated alias");
  }

  private static Optional<Alias> alias(Gazetteer gazetteer, String text) {
    return gazetteer.aliases().stream().filter(alias -> alias.text().equals(text)).findFirst();
  }

  private static int compareCodePoints(String a, String b) {
    return java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
  }
}
