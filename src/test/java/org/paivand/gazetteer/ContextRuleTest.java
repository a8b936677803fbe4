package org.paivand.gazetteer;

import static org.paivand.gazetteer.MatchChecks.check;

import org.junit.jupiter.api.Test;

/** Each context rule (docs/gazetteer.md, "Ambiguity rules") on the standard gazetteer: where it keeps and drops. */
class ContextRuleTest {

  @Test
  void georgiaTheCountry() {
    check("Russia and Georgia clashed over South Ossetia.", "RU Russia", "GE Georgia");
    check("Georgia's president met NATO envoys in Tbilisi.", "GE Georgia", "nato NATO", "tbilisi Tbilisi");
  }

  @Test
  void georgiaTheUsState() {
    check("Georgia Governor Brian Kemp met voters.");
    check("a runoff in georgia decides the senate");
    check("He flew from Atlanta, Georgia to Moscow.", "moscow Moscow");
  }

  @Test
  void contextStopsAtTheSentenceEnd() {
    check("Voters in Atlanta queued. Russia and Georgia signed a deal.", "RU Russia", "GE Georgia");
  }

  @Test
  void jordanAndChadTheCountries() {
    check("Jordan and Chad signed a treaty.", "JO Jordan", "TD Chad");
    check("Jordan King Abdullah visited Baku.", "JO Jordan", "baku Baku");
    check("aid convoy reaches chad refugees", "TD chad");
  }

  @Test
  void jordanAndChadAsFirstNames() {
    check("Jordan Henderson scored twice.");
    check("Chad Johnson won the race.");
    check("michael jordan retires again");
  }

  @Test
  void turkeyTheCountry() {
    check("turkey joins talks on iraq", "TR turkey", "IQ iraq");
    check("Bird flu found in Turkey", "TR Turkey");
  }

  @Test
  void turkeyTheBird() {
    check("roast turkey for christmas lunch");
    check("obama pardons thanksgiving turkey", "obama obama");
    check("turkey sandwich prices rise");
  }

  @Test
  void usInLowercaseHeadlines() {
    check("us troops arrive in iraq", "US us", "IQ iraq");
    check("iran refuses to hand over al qaeda members to us", "IR iran", "al-qaeda al qaeda", "US us");
    check("let us pray for rain");
  }

  @Test
  void usInCasedText() {
    check("The US and Iran met.", "US US", "IR Iran");
    check("They told us about Iran.", "IR Iran");
  }

  @Test
  void bushTheCountrysideIsBlocked() {
    check("bush fire threatens homes");
    check("tiwi youngsters learn bush tucker skills");
    check("bush praises us troops", "bush bush", "US us");
  }

  @Test
  void commonWordSurnames() {
    check("rice prices rise in asia");
    check("Rice met Lavrov in Moscow.", "rice Rice", "lavrov Lavrov", "moscow Moscow");
    check("condoleezza rice arrives in baghdad", "rice condoleezza rice", "baghdad baghdad");
    check("kerry packer dies at 68");
    check("کار ظریفی بود");
    check("ظریف و لاوروف", "zarif ظریف", "lavrov لاوروف");
    check("متکی به نفس");
    check("متکی در تهران", "mottaki متکی", "tehran تهران");
  }

  @Test
  void aliyevWithoutGivenNameIsIlham() {
    check("علی‌اف و پاشینیان", "aliyev-ilham علی‌اف", "pashinyan پاشینیان");
    check("حیدر علی‌اف", "aliyev-heydar حیدر علی‌اف");
    check("Heydar Aliyev and Ilham Aliyev", "aliyev-heydar Heydar Aliyev", "aliyev-ilham Ilham Aliyev");
  }

  @Test
  void cityIsNotAlsoItsCountry() {
    check("باکو و ایروان", "baku باکو", "yerevan ایروان");
  }

  @Test
  void minskGroupOfTheOsceIsTwoMentions() {
    check("گروه مینسک سازمان امنیت و همکاری اروپا", "minsk-group گروه مینسک", "osce سازمان امنیت و همکاری اروپا");
  }

  @Test
  void securityCouncilOfTheUnNamesTheUn() {
    check("شورای امنیت سازمان ملل", "un-security-council شورای امنیت", "un سازمان ملل");
  }

  @Test
  void empty() {
    check("");
  }

  @Test
  void turkeysIsTurkeysInLowercaseHeadlinesWhenSomethingOfItsFollows() {
    check("turkeys eu bid falters after cyprus reunification", "TR turkeys", "eu eu", "CY cyprus");
    check("confusion surrounds turkeys decision on us troops", "TR turkeys", "US us");
    check("limited market for turkeys report");
    check("farmers sell turkeys for christmas");
    check("wild turkeys roam the suburbs");
  }

  @Test
  void englishIsBritainUnlessTheLanguageIsMeant() {
    check("george best arrested at english hotel", "GB english");
    check("english fans celebrate world cup win", "GB english");
    check("migrants queue for english lessons");
    check("english language test for citizenship");
  }

  @Test
  void bareKoreanIsNorthKoreaOnlyInItsNuclearCrisis() {
    check("un to discuss korean crisis", "un un", "KP korean");
    check("korean sports czar facing bribery charges");
    check("n korean patrol boat crosses border", "KP n korean");
  }

  @Test
  void sportsNearJordanAndGeorgiaAreNotTheCountries() {
    check("nba legend jordan to retire");
    check("verstappen hopeful of jordan deal");
    check("extra wgc motivation for woods and els in georgia");
    check("bush in jordan for peace summit", "bush bush", "JO jordan");
    check("kidnappers release un staff in georgia", "un un", "GE georgia");
  }

  @Test
  void headlineShortForms() {
    check("s africa approves mass aids drug treatment", "ZA s africa");
    check("sth african bus crash probe", "ZA sth african");
    check("aust policewoman to head e timor force", "AU aust", "TL e timor");
    check("hundreds dead after weeks of congo fighting", "CD congo");
    check("swedish police find trousers soaked in lindhs", "SE swedish", "lindh lindhs");
  }

  @Test
  void aContinentsDemonymIsNotAmerican() {
    check("south american footballers banned for attacking");
    check("latin american leaders meet");
  }
}
