package org.paivand.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.paivand.gazetteer.MatchChecks.gazetteer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.paivand.text.NormalizedText;
import org.paivand.text.TextNormalizer;

/**
 * The matcher against a slow reference written from its documented rules: at each position, try every alias, keep it
 * if it starts a word, ends a word or is followed by an allowed ending, and shows its exact case; take the longest at
 * the leftmost position and go on after its word. Random texts (fixed seeds) are built from aliases, pieces of aliases,
 * endings, traps and noise, so the Aho-Corasick automaton's failure links and output lists are exercised.
 */
class EntityMatcherReferenceTest {
  private static final List<String> PERSIAN_ENDINGS = List.of(
      "ی", "ای", "یی", "ها", "های", "هایی", "ان", "یان", "یها", "ش", "اش", "شان", "م", "ام", "مان", "ت", "تان", "یم");
  private static final List<String> TRAPS = List.of(
      "روسری", "روستا", "ترکیب", "ایرانشهر", "ایرنا", "کرد", "کردهایم", "روسای", "چهارشنبه", "new", "jersey", "US",
      "us", "Us", "U.S.", "u.s", "mexico", "شورای", "امنیت", "ملی", "سازمان", "گروه", "استان", "جمهوری", "کوهستانی");
  private static final List<String> NOISE = List.of(
      "و", "در", "از", "به", "که", "the", "of", "and", "۱۹۹۴", "3.5", "،", ".", "(", ")", "«", "»", "'s", "’");
  private static final List<String> JOINERS = List.of(
      " ", " ", " ", " ", "\u200C", "", "\u00A0", "-", ", ", ". ", "\n", "  ");

  @Test
  void standardGazetteerOnRandomTexts() {
    Gazetteer gazetteer = Gazetteer.standard();
    List<String> aliases = gazetteer.aliases().stream().map(Alias::text).toList();
    Random random = new Random(20201006);
    for (int n = 0; n < 2000; n++) {
      StringBuilder text = new StringBuilder();
      int pieces = 2 + random.nextInt(10);
      for (int p = 0; p < pieces; p++) {
        text.append(piece(random, aliases));
        text.append(pick(random, JOINERS));
      }
      compare(gazetteer, text.toString());
    }
  }

  @Test
  void smallLatinAlphabetWithManyOverlaps() {
    Gazetteer gazetteer = gazetteer(
        "e1|person|en|ab", "e2|person|en|bab", "e3|person|en|abab|suffix=none", "e4|person|en|b a",
        "e5|person|en|a b ab", "e6|person|en|s|suffix=none", "e7|person|en|aa", "e8|person|en|ba|case=exact",
        "-|block|en|ba b");
    Random random = new Random(7);
    for (int n = 0; n < 3000; n++) {
      compare(gazetteer, randomString(random, "abbsAB .", 1 + random.nextInt(24)));
    }
  }

  @Test
  void smallPersianAlphabetWithEndings() {
    Gazetteer gazetteer = gazetteer(
        "e1|person|fa|با", "e2|person|fa|بابا", "e3|person|fa|اب", "e4|person|fa|اب با|suffix=none",
        "e5|person|fa|یاب|suffix=plural", "e6|person|fa|شاه|suffix=all", "e7|person|fa|بای", "-|block|fa|ها با");
    Random random = new Random(11);
    for (int n = 0; n < 3000; n++) {
      compare(gazetteer, randomString(random, "بابایهشانم \u200C", 1 + random.nextInt(24)));
    }
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
    assertEquals(reference(gazetteer, original, text), actual, () -> "mentions in '" + original + "'");
  }

  /** The documented rules, tried naively at every position. */
  static List<String> reference(Gazetteer gazetteer, String original, NormalizedText text) {
    String normalized = text.toString();
    List<String> result = new ArrayList<>();
    int position = 0;
    while (position < normalized.length()) {
      Alias best = null;
      int bestEnd = -1;
      for (Alias alias : gazetteer.aliases()) {
        String form = alias.text();
        if (!normalized.startsWith(form, position)) {
          continue;
        }
        if (isWord(form.charAt(0)) && position > 0 && isWord(normalized.charAt(position - 1))) {
          continue;
        }
        int end = position + form.length();
        int wordEnd = end;
        if (isWord(form.charAt(form.length() - 1))) {
          while (wordEnd < normalized.length() && isWord(normalized.charAt(wordEnd))) {
            wordEnd++;
          }
          if (wordEnd > end && !endings(alias).contains(normalized.substring(end, wordEnd))) {
            continue;
          }
        }
        if (alias.exactCase() != null
            && !original.substring(text.originStart(position), text.originEnd(end)).equals(alias.exactCase())) {
          continue;
        }
        if (best == null || form.length() > best.text().length()) {
          best = alias;
          bestEnd = wordEnd;
        }
      }
      if (best == null) {
        position++;
      } else {
        if (!best.isBlock()) {
          result.add(gazetteer.id(best.entity()) + "@" + position + "-" + bestEnd);
        }
        position = bestEnd;
      }
    }
    return result;
  }

  /** The endings an alias allows, spelled out from the {@link SuffixClass} and {@link WordEndings} comments. */
  static Set<String> endings(Alias alias) {
    Set<String> endings = new HashSet<>();
    if (alias.suffixes() == SuffixClass.NONE) {
      return endings;
    }
    boolean persian = alias.text().chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF && Character.isLetter(c));
    if (!persian) {
      endings.add("s");
      return endings;
    }
    List<String> clitics = alias.suffixes() == SuffixClass.ALL
        ? List.of("", "ی", "ش", "اش", "شان", "م", "ام", "مان", "ت", "ات", "تان")
        : List.of("", "ی");
    for (String adjective : List.of("", "ی", "ای", "یی")) {
      for (String plural : List.of("", "ها", "های", "هایی", "ان", "یان")) {
        for (String clitic : clitics) {
          endings.add(adjective + plural + clitic);
        }
      }
    }
    endings.remove("");
    return endings;
  }

  private static boolean isWord(char c) {
    return Character.isLetterOrDigit(c);
  }

  private static String piece(Random random, List<String> aliases) {
    int kind = random.nextInt(20);
    String alias = pick(random, aliases);
    if (kind < 9) {
      return spelled(random, alias);
    } else if (kind < 11) {
      return spelled(random, alias) + pick(random, PERSIAN_ENDINGS);
    } else if (kind < 12) {
      return spelled(random, alias) + "s";
    } else if (kind < 14) {
      return alias.substring(0, 1 + random.nextInt(alias.length())); // a prefix: partial automaton paths
    } else if (kind < 15) {
      return alias.substring(random.nextInt(alias.length())); // a suffix: failure links
    } else if (kind < 18) {
      return pick(random, TRAPS);
    }
    return pick(random, NOISE);
  }

  /** The alias as a text may write it: spaces as ZWNJ or nothing, Latin letters upper-cased. */
  private static String spelled(Random random, String alias) {
    String spaced = switch (random.nextInt(6)) {
      case 0 -> alias.replace(' ', '\u200C');
      case 1 -> alias.replace(" ", "");
      default -> alias;
    };
    return random.nextInt(5) == 0 ? spaced.toUpperCase(Locale.ROOT) : spaced;
  }

  private static String randomString(Random random, String alphabet, int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }

  private static <T> T pick(Random random, List<T> list) {
    return list.get(random.nextInt(list.size()));
  }
}
