package org.paivand.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The standard office terms ({@code terms.tsv}) are consistent, and a user's terms file ({@code --gazetteer} with the
 * terms header) replaces the terms of the (country, office) it names and is checked line by line.
 */
class OfficeTermsTest {
  private static final Gazetteer STANDARD = Gazetteer.standard();
  private static final OfficeTerms TERMS = STANDARD.officeTerms();
  private static final String HEADER = GazetteerSource.TERMS_HEADER + "\n";

  @Test
  void everyHolderIsAPersonOfThatCountry() {
    List<String> wrong = new ArrayList<>();
    for (OfficeTerms.Term term : TERMS.terms()) {
      Entity person = STANDARD.entity(term.person());
      Entity country = STANDARD.entity(term.country());
      if (person.type() != EntityType.PERSON || country.type() != EntityType.COUNTRY
          || !country.id().equals(person.parent())) {
        wrong.add(term.line() + " " + person + " of " + country.id());
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void termsOfOneOfficeNeverOverlapAndStartBeforeTheyEnd() {
    List<OfficeTerms.Term> terms = TERMS.terms();
    for (int i = 0; i < terms.size(); i++) {
      OfficeTerms.Term term = terms.get(i);
      assertTrue(term.from() <= term.to(), term.line());
      if (i > 0 && terms.get(i - 1).country() == term.country() && terms.get(i - 1).office() == term.office()) {
        assertTrue(terms.get(i - 1).to() < term.from(), term.line() + " overlaps " + terms.get(i - 1).line());
      }
      assertTrue(term.source().startsWith("https://"), term.line() + ": a source is a URL");
    }
  }

  @Test
  void theSixCountriesOfTheIssueHaveTheirHeadsAndForeignMinistersSince2000() {
    int day2000 = (int) LocalDate.of(2000, 1, 1).toEpochDay();
    Set<String> covered = new TreeSet<>();
    for (OfficeTerms.Term term : TERMS.terms()) {
      if (term.to() >= day2000) {
        covered.add(STANDARD.id(term.country()) + " " + TERMS.office(term.office()));
      }
    }
    for (String country : List.of("IR", "RU", "AM", "AZ", "TR", "US")) {
      assertTrue(covered.contains(country + " president"), country);
      assertTrue(covered.contains(country + " foreign-minister"), country);
    }
    assertTrue(covered.contains("IR supreme-leader"));
    assertTrue(covered.contains("GB prime-minister") && covered.contains("DE prime-minister"));
  }

  @Test
  void holderOnADay() {
    int ru = STANDARD.indexOf("RU");
    int foreign = office("foreign-minister");
    assertEquals("ivanov", holder(ru, foreign, "2004-03-08"));
    assertEquals("lavrov", holder(ru, foreign, "2004-03-09"));
    assertEquals("lavrov", holder(ru, foreign, "2030-01-01"));
    assertEquals(null, holder(ru, foreign, "1990-01-01"));
    assertEquals(null, holder(STANDARD.indexOf("IR"), office("president"), "2024-06-15"), "Mokhber, acting");
  }

  @Test
  void aUserTermsFileReplacesTheTermsOfTheOfficeItNames() {
    Gazetteer gazetteer = Gazetteer.withFiles(List.of(new GazetteerSource("mine.tsv", HEADER
        + "RU\tforeign-minister\tputin\t2004-03-09\t-\thttps://example.org/hypothetical\n")));
    OfficeTerms terms = gazetteer.officeTerms();
    int ru = gazetteer.indexOf("RU");
    int foreign = indexOf(terms, "foreign-minister");
    assertEquals("putin", gazetteer.id(terms.termPerson(terms.holderTerm(ru, foreign,
        (int) LocalDate.parse("2010-01-01").toEpochDay()))));
    assertEquals(-1, terms.holderTerm(ru, foreign, (int) LocalDate.parse("2003-01-01").toEpochDay()),
        "Ivanov's standard term is replaced with the rest of RU foreign-minister");
    assertEquals("mine.tsv:2", terms.term(terms.holderTerm(ru, foreign,
        (int) LocalDate.parse("2010-01-01").toEpochDay())).line());
    int us = gazetteer.indexOf("US");
    assertTrue(terms.holderTerm(us, indexOf(terms, "president"), (int) LocalDate.parse("2010-01-01").toEpochDay())
        >= 0, "other offices keep their standard terms");
  }

  @Test
  void aTermsFileIsNotReadAsEntities() {
    GazetteerSource file = new GazetteerSource("mine.tsv", "# my terms\n" + HEADER);
    assertTrue(file.isTermsFile());
    assertEquals(STANDARD.size(), Gazetteer.withFiles(List.of(file)).size());
  }

  @Test
  void badTermLinesNameTheirFileAndLine() {
    assertError("mine.tsv:2: 'khamenei-x' is not a person",
        "IR\tpresident\tkhamenei-x\t2000-01-01\t-\thttps://example.org\n");
    assertError("mine.tsv:2: unknown office 'king'", "IR\tking\tkhamenei\t2000-01-01\t-\thttps://example.org\n");
    assertError("mine.tsv:2: first day 2001-01-01 is after the last day 2000-01-01",
        "IR\tpresident\tkhatami\t2001-01-01\t2000-01-01\thttps://example.org\n");
    assertError("mine.tsv:2: '2000-13-01' is not a day", "IR\tpresident\tkhatami\t2000-13-01\t-\thttps://x.org\n");
    assertError("mine.tsv:2: 'ZZ' is not a country", "ZZ\tpresident\tkhatami\t2000-01-01\t-\thttps://x.org\n");
    assertError("mine.tsv:2: no source", "IR\tpresident\tkhatami\t2000-01-01\t-\t-\n");
    assertError("mine.tsv:3: this term of president of IR overlaps the one at mine.tsv:2",
        "IR\tpresident\tkhatami\t2000-01-01\t2005-08-03\thttps://x.org\n"
            + "IR\tpresident\tahmadinejad\t2005-08-03\t-\thttps://x.org\n");
  }

  private static void assertError(String expected, String lines) {
    GazetteerFormatException error = assertThrows(GazetteerFormatException.class,
        () -> GazetteerLoader.load(List.of(new GazetteerSource("mine.tsv", HEADER + lines))));
    assertTrue(error.getMessage().startsWith(expected), error.getMessage());
  }

  private static String holder(int country, int office, String day) {
    int term = TERMS.holderTerm(country, office, (int) LocalDate.parse(day).toEpochDay());
    return term < 0 ? null : STANDARD.id(TERMS.termPerson(term));
  }

  private static int office(String id) {
    return indexOf(TERMS, id);
  }

  private static int indexOf(OfficeTerms terms, String id) {
    for (int o = 0; o < terms.officeCount(); o++) {
      if (terms.office(o).equals(id)) {
        return o;
      }
    }
    throw new AssertionError("no office " + id);
  }
}
