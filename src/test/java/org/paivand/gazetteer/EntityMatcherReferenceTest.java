package org.paivand.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.paivand.text.NormalizedText;
import org.paivand.text.TextNormalizer;

/**
 * Property: the matcher finds exactly what the slow {@link ReferenceMatcher} finds under the documented rules. Random
 * texts are built from aliases (of the standard gazetteer and of small synthetic ones), aliases followed by Persian
 * endings or {@code s}, pieces of aliases (partial automaton paths, failure links), traps and noise, joined by
 * spaces, ZWNJ, punctuation, line breaks and markup, so that the automaton's outputs, the word and ending checks,
 * exact case through the offset map, and leftmost-longest resolution are all exercised.
 */
class EntityMatcherReferenceTest {
  private static final Gazetteer STANDARD = Gazetteer.standard();
  private static final Gazetteer LATIN_OVERLAPS = MatchChecks.gazetteer(
      "e1;person;-;ab", "e2;person;-;bab", "e3;person;-;abab [suffix=none]", "e4;person;-;b a",
      "e5;person;-;a b ab", "e6;person;-;s [suffix=none]", "e7;person;-;aa", "e8;person;-;ba [case=exact]",
      "-;block;-;ba b");
  private static final Gazetteer PERSIAN_ENDINGS_GAZETTEER = MatchChecks.gazetteer(
      "e1;person;-;با", "e2;person;-;بابا", "e3;person;-;اب", "e4;person;-;اب با [suffix=none]",
      "e5;person;-;یاب [suffix=plural]", "e6;person;-;شاه [suffix=all]", "e7;person;-;بای", "-;block;-;ها با");
  private static final List<String> PERSIAN_ENDINGS = List.of(
      "ی", "ای", "یی", "ها", "های", "هایی", "ان", "یان", "یها", "ش", "اش", "شان", "م", "ام", "مان", "ت", "تان", "یم");
  private static final List<String> TRAPS = List.of(
      "روسری", "روستا", "ترکیب", "ایرانشهر", "ایرنا", "کرد", "کردهایم", "روسای", "چهارشنبه", "new", "jersey", "US",
      "us", "Us", "U.S.", "u.s", "mexico", "شورای", "امنیت", "ملی", "سازمان", "گروه", "استان", "جمهوری", "کوهستانی");
  private static final List<String> NOISE = List.of(
      "و", "در", "از", "به", "که", "the", "of", "and", "۱۹۹۴", "3.5", "،", ".", "(", ")", "«", "»", "'s", "’", "&",
      "<");
  private static final List<String> JOINERS = List.of(
      " ", " ", " ", " ", "\u200C", "", "\u00A0", "-", ", ", ". ", "\n", "  ", "<br/>", "</p><p>", "&nbsp;", "&zwnj;",
      "<b>", "&#1740;");

  @Property(tries = 600)
  void standardGazetteer(@ForAll("standardTexts") String text) {
    compare(STANDARD, text);
  }

  @Property(tries = 1500)
  void smallLatinAlphabetWithManyOverlaps(@ForAll("latinTexts") String text) {
    compare(LATIN_OVERLAPS, text);
  }

  @Property(tries = 1500)
  void smallPersianAlphabetWithEndings(@ForAll("persianTexts") String text) {
    compare(PERSIAN_ENDINGS_GAZETTEER, text);
  }

  @Property(tries = 300)
  void syntheticGazetteers(@ForAll("syntheticGazetteersAndTexts") Tuple2<List<String>, String> example) {
    compare(MatchChecks.gazetteer(example.get1().toArray(String[]::new)), example.get2());
  }

  @Provide
  Arbitrary<String> standardTexts() {
    return texts(STANDARD.aliases().stream().map(Alias::text).toList());
  }

  @Provide
  Arbitrary<String> latinTexts() {
    return Arbitraries.strings().withChars("abbsAB .").ofMinLength(1).ofMaxLength(24);
  }

  @Provide
  Arbitrary<String> persianTexts() {
    return Arbitraries.strings().withChars("بابایهشانم \u200C").ofMinLength(1).ofMaxLength(24);
  }

  /** Entity lines ({@code id;kind;-;alias [flags]}) with aliases over a few letters, and a text made of them. */
  @Provide
  Arbitrary<Tuple2<List<String>, String>> syntheticGazetteersAndTexts() {
    Arbitrary<String> alias = Arbitraries.oneOf(
        Arbitraries.strings().withChars("abn ").ofMinLength(1).ofMaxLength(5),
        Arbitraries.strings().withChars("بانیه\u200C ").ofMinLength(1).ofMaxLength(5));
    Arbitrary<String> id = Arbitraries.of("e1", "e2", "e3", "-");
    Arbitrary<String> flags = Arbitraries.of("", "", "suffix=none", "suffix=plural", "suffix=all", "case=exact");
    Arbitrary<String> line = Combinators.combine(id, alias, flags).as(EntityMatcherReferenceTest::entityLine);
    return line.list().ofMinSize(1).ofMaxSize(6)
        .map(EntityMatcherReferenceTest::oneLinePerNormalizedAlias)
        .filter(lines -> !lines.isEmpty())
        .flatMap(lines -> texts(lines.stream().map(EntityMatcherReferenceTest::aliasOf).toList())
            .map(t -> Tuple.of(lines, t)));
  }

  private static void compare(Gazetteer gazetteer, String original) {
    NormalizedText text = new NormalizedText();
    TextNormalizer.standard().normalize(original, text);
    MentionBuffer buffer = new MentionBuffer();
    gazetteer.newMatcher().match(original, text, buffer);
    List<String> actual = new ArrayList<>();
    for (int m = 0; m < buffer.count(); m++) {
      actual.add(gazetteer.id(buffer.entity(m)) + "@" + buffer.start(m) + "-" + buffer.end(m));
    }
    assertEquals(ReferenceMatcher.mentions(gazetteer, original, text), actual,
        () -> "mentions in '" + original + "' normalized as '" + text + "'");
  }

  /** Pieces of text joined by spaces, ZWNJ, punctuation and markup. */
  private static Arbitrary<String> texts(List<String> aliases) {
    Arbitrary<String> alias = Arbitraries.of(aliases);
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        Tuple.of(9, spelled(alias)),
        Tuple.of(2, Combinators.combine(spelled(alias), Arbitraries.of(PERSIAN_ENDINGS)).as(String::concat)),
        Tuple.of(1, spelled(alias).map(a -> a + "s")),
        Tuple.of(2, alias.flatMap(a -> Arbitraries.integers().between(1, a.length()).map(n -> a.substring(0, n)))),
        Tuple.of(1, alias.flatMap(a -> Arbitraries.integers().between(0, a.length() - 1).map(a::substring))),
        Tuple.of(3, Arbitraries.of(TRAPS)),
        Tuple.of(2, Arbitraries.of(NOISE)));
    return Combinators.combine(piece, Arbitraries.of(JOINERS)).as(String::concat)
        .list().ofMinSize(1).ofMaxSize(11).map(pieces -> String.join("", pieces));
  }

  /** The alias as a text may write it: spaces as ZWNJ or nothing, Latin letters upper-cased. */
  private static Arbitrary<String> spelled(Arbitrary<String> alias) {
    return Combinators.combine(alias, Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 4))
        .as((text, spacing, casing) -> {
          String spaced = switch (spacing) {
            case 0 -> text.replace(' ', '\u200C');
            case 1 -> text.replace(" ", "");
            default -> text;
          };
          return casing == 0 ? spaced.toUpperCase(Locale.ROOT) : spaced;
        });
  }

  private static String entityLine(String id, String alias, String flags) {
    String type = id.equals("-") ? "block" : "person";
    return id + ";" + type + ";-;" + alias + (flags.isEmpty() ? "" : " [" + flags + "]");
  }

  /** The alias of a line {@code id;kind;-;alias [flags]}. */
  private static String aliasOf(String line) {
    String name = line.split(";")[3];
    int flags = name.indexOf(" [");
    return (flags < 0 ? name : name.substring(0, flags)).strip();
  }

  /** Drops lines whose alias is empty once normalized, or normalizes like an earlier one (a gazetteer error). */
  private static List<String> oneLinePerNormalizedAlias(List<String> lines) {
    Map<String, String> byAlias = new LinkedHashMap<>();
    for (String line : lines) {
      String normalized = TextNormalizer.standard().normalize(aliasOf(line));
      if (!normalized.isEmpty()) {
        byAlias.putIfAbsent(normalized, line);
      }
    }
    return List.copyOf(byAlias.values());
  }
}
