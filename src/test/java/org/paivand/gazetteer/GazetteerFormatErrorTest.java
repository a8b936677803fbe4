package org.paivand.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.paivand.gazetteer.MatchChecks.gazetteer;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Every malformed gazetteer line is an error whose message starts with {@code file:line} and says what is wrong. */
class GazetteerFormatErrorTest {

  /** Loading {@code lines} (columns written with {@code |}) fails with exactly {@code message}. */
  static void checkError(String message, String... lines) {
    GazetteerFormatException error = assertThrows(GazetteerFormatException.class, () -> gazetteer(lines));
    assertEquals(message, error.getMessage());
  }

  @Test
  void tooFewFields() {
    checkError("test.tsv:1: expected ID<TAB>TYPE<TAB>LANG<TAB>ALIAS[<TAB>FLAGS] (tab-separated), got 3 field(s)",
        "zarif|person|fa");
  }

  @Test
  void tooManyFields() {
    checkError("test.tsv:1: expected ID<TAB>TYPE<TAB>LANG<TAB>ALIAS[<TAB>FLAGS] (tab-separated), got 6 field(s)",
        "zarif|person|fa|ظریف|suffix=all|extra");
  }

  @Test
  void spacesInsteadOfTabs() {
    checkError("test.tsv:1: expected ID<TAB>TYPE<TAB>LANG<TAB>ALIAS[<TAB>FLAGS] (tab-separated), got 1 field(s)",
        "zarif person fa ظریف");
  }

  @Test
  void emptyField() {
    checkError("test.tsv:1: field 2 is empty; expected ID<TAB>TYPE<TAB>LANG<TAB>ALIAS[<TAB>FLAGS]",
        "zarif||fa|ظریف");
  }

  @Test
  void lineNumbersCountCommentsAndBlankLines() {
    checkError("test.tsv:4: expected ID<TAB>TYPE<TAB>LANG<TAB>ALIAS[<TAB>FLAGS] (tab-separated), got 2 field(s)",
        "# people", "", "zarif|person|fa|ظریف", "lavrov|person");
  }

  @Test
  void badSlug() {
    checkError("test.tsv:1: bad id 'Zarif': countries use ISO codes (IR), others lowercase slugs (minsk-group)",
        "Zarif|person|en|zarif");
    checkError("test.tsv:1: bad id 'minsk_group': countries use ISO codes (IR), others lowercase slugs (minsk-group)",
        "minsk_group|organization|en|minsk group");
  }

  @Test
  void badCountryCode() {
    checkError("test.tsv:1: bad id 'IRN': countries use ISO codes (IR), others lowercase slugs (minsk-group)",
        "IRN|country|en|iran");
  }

  @Test
  void unknownType() {
    checkError("test.tsv:1: unknown type 'people'; use one of country, person, organization, region, city, group,"
        + " block", "zarif|people|en|zarif");
  }

  @Test
  void unknownLanguage() {
    checkError("test.tsv:1: language must be 'fa' or 'en', got 'de'", "zarif|person|de|zarif");
  }

  @Test
  void unknownFlag() {
    checkError("test.tsv:1: unknown flag 'case=upper'; known: suffix=none|plural|all, case=exact, remove",
        "who|organization|en|who|case=upper");
  }

  @Test
  void unknownSuffixClass() {
    checkError("test.tsv:1: unknown suffix class in 'suffix=some'; use none, plural or all",
        "zarif|person|en|zarif|suffix=some");
  }

  @Test
  void idDeclaredWithTwoTypes() {
    checkError("test.tsv:2: id 'baku' was declared as city before, here as region",
        "baku|city|en|baku", "baku|region|fa|باکو");
  }

  @Test
  void aliasEmptyAfterNormalization() {
    checkError("test.tsv:1: alias 'ـــ' is empty or spans lines after normalization", "zarif|person|fa|ـــ");
  }

  @Test
  void sameAliasForTwoEntities() {
    checkError("test.tsv:2: alias 'smith' is also an alias of adam at test.tsv:1",
        "adam|person|en|smith", "will|person|en|smith");
  }

  @Test
  void sameAliasForTwoEntitiesAfterNormalization() {
    checkError("test.tsv:3: alias 'ایران' is also an alias of IR at test.tsv:1",
        "IR|country|fa|ایران", "# Arabic yeh", "persia|region|fa|ايران");
  }

  @Test
  void sameAliasForAnEntityAndABlock() {
    checkError("test.tsv:2: alias 'new york' is also an alias of a block line at test.tsv:1",
        "-|block|en|new york", "new-york|city|en|New York");
  }

  @Test
  void removeThatMatchesNoCldrName() {
    GazetteerLoader loader = new GazetteerLoader();
    loader.addCldrCountryNames();
    loader.readCountries("countries.tsv", new StringReader("# drop\nIR\tfa\tپرشیا\tremove\n"));
    GazetteerFormatException error = assertThrows(GazetteerFormatException.class, loader::build);
    assertEquals("countries.tsv:2: 'remove' names no CLDR name of that country: nothing to remove", error.getMessage());
  }

  @Test
  void removeOfAnotherCountrysName() {
    GazetteerLoader loader = new GazetteerLoader();
    loader.addCldrCountryNames();
    loader.readCountries("countries.tsv", new StringReader("RU\tfa\tایران\tremove\n"));
    GazetteerFormatException error = assertThrows(GazetteerFormatException.class, loader::build);
    assertEquals("countries.tsv:1: 'remove' names no CLDR name of that country: nothing to remove", error.getMessage());
  }

  @Test
  void badCountryCodeInCountriesFile() {
    GazetteerLoader loader = new GazetteerLoader();
    GazetteerFormatException error = assertThrows(GazetteerFormatException.class,
        () -> loader.readCountries("countries.tsv", new StringReader("Ir\tfa\tایران\n")));
    assertEquals("countries.tsv:1: country code must be two capital letters (ISO 3166-1 alpha-2), got 'Ir'",
        error.getMessage());
  }
}
