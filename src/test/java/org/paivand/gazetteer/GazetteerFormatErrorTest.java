package org.paivand.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.paivand.gazetteer.MatchChecks.gazetteer;
import static org.paivand.gazetteer.MatchChecks.lines;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every malformed gazetteer line is an error whose message starts with {@code file:line} and says what is wrong. */
class GazetteerFormatErrorTest {
  private static final String FORMAT = "ID<TAB>KIND<TAB>PARENT<TAB>PERSIAN NAMES[<TAB>ENGLISH NAMES]";

  /** Loading {@code lines} (columns written with {@code ;}) fails with exactly {@code message}. */
  static void checkError(String message, String... lines) {
    GazetteerFormatException error = assertThrows(GazetteerFormatException.class, () -> gazetteer(lines));
    assertEquals(message, error.getMessage());
  }

  /** The same for a --gazetteer file on top of the standard gazetteer. */
  static void checkFileError(String message, String... lines) {
    GazetteerFormatException error = assertThrows(GazetteerFormatException.class,
        () -> GazetteerLoader.load(List.of(new GazetteerSource("mine.tsv", lines(lines)))));
    assertEquals(message, error.getMessage());
  }

  @Test
  void tooFewFields() {
    checkError("test.tsv:1: expected " + FORMAT + " (tab-separated), got 3 field(s)", "zarif;person;IR");
  }

  @Test
  void tooManyFields() {
    checkError("test.tsv:1: expected " + FORMAT + " (tab-separated), got 6 field(s)",
        "zarif;person;IR;ظریف;zarif;extra");
  }

  @Test
  void spacesInsteadOfTabs() {
    checkError("test.tsv:1: expected " + FORMAT + " (tab-separated), got 1 field(s)", "zarif person IR ظریف");
  }

  @Test
  void emptyField() {
    checkError("test.tsv:1: field 2 is empty; expected " + FORMAT + " ('-' for no parent)", "zarif;;IR;ظریف");
  }

  @Test
  void lineNumbersCountCommentsAndBlankLines() {
    checkError("test.tsv:4: expected " + FORMAT + " (tab-separated), got 2 field(s)",
        "# people", "", "zarif;person;-;ظریف", "lavrov;person");
  }

  @Test
  void badSlug() {
    checkError("test.tsv:1: bad id 'Zarif': countries use ISO 3166-1 alpha-2 codes (IR), others lowercase slugs with"
        + " hyphens (minsk-group)", "Zarif;person;-;-;zarif");
    checkError("test.tsv:1: bad id 'minsk_group': countries use ISO 3166-1 alpha-2 codes (IR), others lowercase"
        + " slugs with hyphens (minsk-group)", "minsk_group;organization;-;-;minsk group");
  }

  @Test
  void badCountryCode() {
    checkError("test.tsv:1: bad id 'IRN': countries use ISO 3166-1 alpha-2 codes (IR), others lowercase slugs with"
        + " hyphens (minsk-group)", "IRN;country;-;-;iran");
  }

  @Test
  void unknownKind() {
    checkError("test.tsv:1: unknown kind 'people'; use one of country, person, organization, region, city, group,"
        + " block", "zarif;people;-;-;zarif");
  }

  @Test
  void unknownFlag() {
    checkError("test.tsv:1: unknown flag 'case=upper'; known: suffix=none|plural|all|name, case=exact, context=RULE,"
        + " remove", "who;organization;-;-;WHO [case=upper]");
  }

  @Test
  void unknownSuffixClass() {
    checkError("test.tsv:1: unknown suffix class in 'suffix=some'; use none, plural, all or name",
        "zarif;person;-;-;zarif [suffix=some]");
  }

  @Test
  void unknownContextRule() {
    checkError("test.tsv:1: unknown context rule in 'context=weather'; known: [none, lowercase-us, not-us-state,"
        + " not-first-name, not-food, possessive, not-language, nuclear, cue]",
        "GE;country;-;-;georgia [context=weather]");
  }

  @Test
  void unclosedFlags() {
    checkError("test.tsv:1: flags of 'zarif [suffix=none' must end with ']': name [flag, flag]",
        "zarif;person;-;-;zarif [suffix=none");
  }

  @Test
  void emptyName() {
    checkError("test.tsv:1: empty name in column 5 (two '|' in a row, or a '|' at an end)",
        "zarif;person;-;-;zarif || javad zarif");
  }

  @Test
  void blockWithAnId() {
    checkError("test.tsv:1: a block line has no id and no parent: write '-' in both, got 'york' and '-'",
        "york;block;-;-;new york");
  }

  @Test
  void idDeclaredWithTwoKinds() {
    checkError("test.tsv:2: id 'baku' is a city (test.tsv:1), here a region; one id has one kind",
        "baku;city;-;-;baku", "baku;region;-;باکو");
  }

  @Test
  void badParent() {
    checkError("test.tsv:1: bad parent 'Azerbaijan': an entity id (IR, azerbaijan-east) or '-' for none",
        "baku;city;Azerbaijan;-;baku");
  }

  @Test
  void parentThatIsNoEntity() {
    checkError("test.tsv:1: parent 'AZ' of 'baku' is no entity", "baku;city;AZ;-;baku");
  }

  @Test
  void twoParentsInOneFile() {
    checkError("test.tsv:3: parent of 'baku' given as 'AZ' at test.tsv:2, here as 'AM'",
        "AZ;country;-;-;azerbaijan", "baku;city;AZ;-;baku", "baku;city;AM;-;bakou");
  }

  @Test
  void aliasEmptyAfterNormalization() {
    checkError("test.tsv:1: alias 'ـــ' is empty or spans lines after normalization", "zarif;person;-;ـــ");
  }

  @Test
  void sameAliasForTwoEntities() {
    checkError("test.tsv:2: alias 'smith' is also an alias of adam at test.tsv:1",
        "adam;person;-;-;smith", "will;person;-;-;smith");
  }

  @Test
  void sameAliasForTwoEntitiesAfterNormalization() {
    checkError("test.tsv:3: alias 'ایران' is also an alias of IR at test.tsv:1",
        "IR;country;-;ایران", "# Arabic yeh", "persia;region;-;ايران");
  }

  @Test
  void sameAliasForAnEntityAndABlock() {
    checkError("test.tsv:2: alias 'new york' is also an alias of a block line at test.tsv:1",
        "-;block;-;-;new york", "new-york;city;-;-;New York");
  }

  @Test
  void removeThatMatchesNothing() {
    checkFileError("mine.tsv:2: 'remove' names no name of 'IR' from an earlier source (CLDR, the standard files or"
        + " an earlier --gazetteer file): nothing to remove", "# drop", "IR;country;-;پرشیا [remove]");
  }

  @Test
  void removeOfAnotherCountrysName() {
    checkFileError("mine.tsv:1: 'remove' names no name of 'RU' from an earlier source (CLDR, the standard files or"
        + " an earlier --gazetteer file): nothing to remove", "RU;country;-;ایران [remove]");
  }

  @Test
  void fileErrorsNameTheFileAsGiven() {
    checkFileError("mine.tsv:1: unknown kind 'town'; use one of country, person, organization, region, city, group,"
        + " block", "shiraz;town;IR;شیراز");
  }
}
