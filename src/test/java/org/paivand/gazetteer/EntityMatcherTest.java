package org.paivand.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.paivand.gazetteer.MatchChecks.check;
import static org.paivand.gazetteer.MatchChecks.gazetteer;
import static org.paivand.gazetteer.MatchChecks.mentions;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paivand.text.NormalizedText;
import org.paivand.text.TextNormalizer;

/** One test per rule of {@link EntityMatcher}, on the standard gazetteer unless a small one shows the rule better. */
class EntityMatcherTest {

  @Test
  void emptyInput() {
    check("");
  }

  @Test
  void textWithoutEntities() {
    check("هوا امروز خوب است. The weather is fine.");
  }

  // --- word boundaries ---

  @Test
  void persianWordBoundaries() {
    check("ایران", "IR ایران");
    check("«ایران»، (ایران)", "IR ایران", "IR ایران");
    check("غیرایرانی");
    check("۲ایران");
  }

  @Test
  void englishWordBoundaries() {
    check("Tehran, (Tehran) and Tehran.", "tehran Tehran", "tehran Tehran", "tehran Tehran");
    check("Tehrani soiran iranx 2iran");
  }

  // --- Persian endings ---

  @Test
  void persianAdjective() {
    check("ایرانی", "IR ایرانی");
  }

  @Test
  void persianPluralOfAdjective() {
    check("ایرانیان", "IR ایرانیان");
  }

  @Test
  void persianPluralWithZeroWidthNonJoinerIsASeparateWord() {
    check("ایران\u200Cها", "IR ایران");
  }

  @Test
  void persianPluralWithoutZeroWidthNonJoiner() {
    check("ایرانها", "IR ایرانها");
    check("روسها", "RU روسها");
  }

  @Test
  void persianAdjectiveAfterZeroWidthNonJoiner() {
    check("روسیه\u200Cای", "RU روسیه");
  }

  @Test
  void persianCliticOnLongAlias() {
    check("ایرانشان", "IR ایرانشان");
  }

  @Test
  void wordsThatStartWithAnAliasAreNotIt() {
    check("روسری روستا ترکیب ایرانشهر ایرنا");
  }

  @Test
  void pluralClassRejectsClitics() {
    Gazetteer plural = gazetteer("TR;country;-;ترک [suffix=plural]");
    check(plural, "ترکش");
    check(plural, "ترکها ترکی ترکهای", "TR ترکها", "TR ترکی", "TR ترکهای");
    Gazetteer all = gazetteer("TR;country;-;ترک [suffix=all]");
    check(all, "ترکش", "TR ترکش");
  }

  @Test
  void shortPersianAliasesDefaultToThePluralClass() {
    Gazetteer defaults = gazetteer("TR;country;-;ترک");
    check(defaults, "ترکش ترکی", "TR ترکی");
  }

  @Test
  void noneClassRejectsEveryEnding() {
    Gazetteer none = gazetteer("IR;country;-;ایران [suffix=none]");
    check(none, "ایرانی ایران", "IR ایران");
  }

  @Test
  void kardAsAVerbIsNotTheKurds() {
    check("کرد کردند کرده اند کرده\u200Cاند کرده\u200Cایم");
    // the same verbs scraped without their zero-width non-joiner
    check("کردهاند کردهایم کردهام کردهاید");
  }

  @Test
  void kurdsInPersian() {
    check("کردها و کردهای عراق", "kurds کردها", "kurds کردهای", "IQ عراق");
  }

  @Test
  void headsOfStateAreNotRussians() {
    // رؤسای جمهور: "presidents", written with and without its hamza
    check("رؤسای جمهور ایران و روسیه", "IR ایران", "RU روسیه");
    check("روسای جمهور");
    check("روسی روسهای", "RU روسی", "RU روسهای");
  }

  @Test
  void unableIsNotNato() {
    // ناتوان "unable" is ناتو plus the plural ending ان
    check("دولت ناتوان و ناتوانی آن");
    check("ناتو و ناتویی", "nato ناتو", "nato ناتویی");
  }

  @Test
  void compoundsOfGuyanIsNotGuyana() {
    // سخن‌گویان "spokespeople", پاسخ‌گویان "respondents": گویان is a word of its own after the ZWNJ
    check("سخن\u200Cگویان وزارت خارجه و پاسخ\u200Cگویان");
    check("کشور گویان", "GY کشور گویان");
    check("گویان فرانسه", "GF گویان فرانسه");
  }

  // --- longest match ---

  @Test
  void nagornoKarabakhIsOneMention() {
    check("منطقه قره باغ کوهستانی", "karabakh قره باغ کوهستانی");
  }

  @Test
  void eastAzerbaijanIsTheProvinceOnly() {
    check("استان آذربایجان شرقی", "east-azerbaijan استان آذربایجان شرقی");
    check("آذربایجان شرقی و آذربایجان", "east-azerbaijan آذربایجان شرقی", "AZ آذربایجان");
  }

  @Test
  void republicOfAzerbaijanIsOneMention() {
    check("جمهوری آذربایجان", "AZ جمهوری آذربایجان");
  }

  @Test
  void minskGroupOfTheOsceIsTwoMentionsAndNoCityOrContinent() {
    check("گروه مینسک سازمان امنیت و همکاری اروپا",
        "minsk-group گروه مینسک", "osce سازمان امنیت و همکاری اروپا");
    check("مینسک و اروپا", "minsk مینسک", "europe اروپا");
  }

  // --- spellings ---

  @Test
  void karabakhWithZeroWidthNonJoiner() {
    check("قره\u200Cباغ", "karabakh قره\u200Cباغ");
  }

  @Test
  void karabakhWithSpace() {
    check("قره باغ", "karabakh قره باغ");
  }

  @Test
  void karabakhWithNothingBetween() {
    check("قرهباغ", "karabakh قرهباغ");
  }

  @Test
  void karabakhWithNoBreakSpace() {
    check("قره\u00A0باغ", "karabakh قره\u00A0باغ");
  }

  @Test
  void karabakhWithNotSign() {
    check("قره\u00ACباغ", "karabakh قره\u00ACباغ");
  }

  @Test
  void arabicYehAndKaf() {
    check("ايران و روسيه و مسكو", "IR ايران", "RU روسيه", "moscow مسكو");
  }

  @Test
  void diacriticsInsideAMention() {
    check("ظَریف", "zarif ظَریف");
  }

  // --- English ---

  @Test
  void englishPossessive() {
    check("Iran's and Iran’s plan", "IR Iran", "IR Iran");
    check("the Iranians' view", "IR Iranians");
  }

  @Test
  void englishPossessiveWithoutApostrophe() {
    check("irans nuclear plan", "IR irans");
  }

  @Test
  void englishSuffixNone() {
    check("turkeys and Turkey", "TR Turkey");
  }

  @Test
  void hyphenatedNames() {
    check("Nagorno-Karabakh", "karabakh Nagorno-Karabakh");
    check("a Russian-brokered truce", "RU Russian");
  }

  @Test
  void exactCase() {
    check("US forces", "US US");
    check("let us go");
    check("Us and uS");
  }

  @Test
  void exactCaseInASmallGazetteer() {
    Gazetteer exact = gazetteer("who;organization;-;-;WHO [case=exact, suffix=none]");
    check(exact, "WHO said who", "who WHO");
  }

  @Test
  void abbreviationWithPeriods() {
    check("U.S. forces", "US U.S.");
    check("the u.s. and the U.K.", "US u.s.", "GB U.K.");
  }

  // --- blocks ---

  @Test
  void newJerseyIsNothing() {
    check("New Jersey and new jersey");
    check("a jersey");
  }

  @Test
  void chaharshanbeSuriIsNotSyria() {
    check("چهارشنبه سوری");
    check("چهارشنبه\u200Cسوری");
    check("سوری", "SY سوری");
  }

  @Test
  void blockOnlyStopsWhatItCovers() {
    check("New Mexico and Mexico", "MX Mexico");
  }

  // --- removed CLDR names ---

  @Test
  void commonWordsRemovedFromCountryNamesAreNothing() {
    check("مالی چک");
    check("کشور مالی و جمهوری چک", "ML کشور مالی", "CZ جمهوری چک");
  }

  // --- buffers ---

  @Test
  void mentionsAreInTextOrderWithNormalizedOffsets() {
    String text = "ایران و روسیه";
    NormalizedText normalized = new NormalizedText();
    TextNormalizer.standard().normalize(text, normalized);
    MentionBuffer buffer = new MentionBuffer();
    Gazetteer gazetteer = Gazetteer.standard();
    gazetteer.newMatcher().match(text, normalized, buffer);
    assertEquals(2, buffer.count());
    assertEquals("IR", gazetteer.id(buffer.entity(0)));
    assertEquals(0, buffer.start(0));
    assertEquals(5, buffer.end(0));
    assertEquals("RU", gazetteer.id(buffer.entity(1)));
    assertEquals(8, buffer.start(1));
    assertEquals(13, buffer.end(1));
  }

  @Test
  void reusedMatcherAndBufferHoldOnlyTheLatestText() {
    Gazetteer gazetteer = Gazetteer.standard();
    EntityMatcher matcher = gazetteer.newMatcher();
    MentionBuffer buffer = new MentionBuffer();
    NormalizedText normalized = new NormalizedText();
    String many = "ایران و روسیه و ترکیه ".repeat(40);
    TextNormalizer.standard().normalize(many, normalized);
    matcher.match(many, normalized, buffer);
    assertEquals(120, buffer.count());
    TextNormalizer.standard().normalize("Baku", normalized);
    matcher.match("Baku", normalized, buffer);
    assertEquals(1, buffer.count());
    assertEquals("baku", gazetteer.id(buffer.entity(0)));
    TextNormalizer.standard().normalize("", normalized);
    matcher.match("", normalized, buffer);
    assertEquals(0, buffer.count());
  }

  @Test
  void manyOverlappingCandidates() {
    // every word yields two candidates (a short and a long alias); the long one wins each time
    String text = "آذربایجان شرقی ".repeat(100);
    List<String> found = mentions(Gazetteer.standard(), text);
    assertEquals(100, found.size());
    assertEquals("east-azerbaijan آذربایجان شرقی", found.get(99));
  }
}
