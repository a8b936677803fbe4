package org.paivand.gazetteer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.paivand.text.NormalizedText;

/**
 * The matcher's documented rules ({@link EntityMatcher}, docs/gazetteer.md), tried naively at every position: the
 * slow oracle the real matcher is compared with. At each position, try every alias; keep it if it starts a word, ends
 * a word or is followed by an allowed ending, shows its exact case and passes its context rule; take the longest at
 * the leftmost position and
 * go on after its word.
 */
final class ReferenceMatcher {
  private ReferenceMatcher() {}

  /** The mentions in {@code text} (normalized from {@code original}), each "id@start-end" in normalized offsets. */
  static List<String> mentions(Gazetteer gazetteer, String original, NormalizedText text) {
    String normalized = text.toString();
    List<Hit> hits = new ArrayList<>();
    int position = 0;
    while (position < normalized.length()) {
      Alias best = null;
      int bestEnd = -1;
      for (Alias alias : gazetteer.aliases()) {
        String form = alias.text();
        if (!normalized.startsWith(form, position)) {
          continue;
        }
        boolean persian = isPersian(form);
        boolean country = !alias.isBlock() && gazetteer.entity(alias.entity()).type() == EntityType.COUNTRY;
        if (isWord(form.charAt(0)) && position > 0 && isWord(normalized.charAt(position - 1))
            && !(persian && country && normalized.startsWith("ال", position - 2)
                && (position == 2 || !isWord(normalized.charAt(position - 3))))) {
          continue; // inside a word, unless a country after the glued Arabic article
        }
        int from = text.originStart(position);
        if (persian && from > 1 && original.charAt(from - 1) == '\u200C' && isWord(original.charAt(from - 2))) {
          continue; // the second half of a compound
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
        boolean cue = alias.context() == ContextRule.CUE;
        if (alias.exactCase() != null && !cue
            && !original.substring(text.originStart(position), text.originEnd(end)).equals(alias.exactCase())) {
          continue;
        }
        boolean refusesEndingWord = persian && isWord(form.charAt(form.length() - 1))
            && (alias.suffixes() == SuffixClass.NAME || alias.suffixes() == SuffixClass.NONE || cue);
        Set<String> endingWords = alias.suffixes() == SuffixClass.NAME ? NOUN_ENDING_WORDS : PLURAL_WORDS;
        if (refusesEndingWord && endingWords.contains(nextWordAfterOneSpace(normalized, wordEnd))) {
          continue;
        }
        if (cue ? NameCues.againstName(text.chars(), text.length(), position, wordEnd) != NameCues.NONE
            : !alias.context().accepts(original, text, position, wordEnd)) {
          continue; // the rules themselves are checked word by word in ContextRuleTest and NameCuesTest
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
          hits.add(new Hit(best, position, bestEnd));
        }
        position = bestEnd;
      }
    }
    List<String> result = new ArrayList<>();
    for (Hit hit : hits) {
      if (hit.alias().context() != ContextRule.CUE || hasCue(gazetteer, original, text, hits, hit)) {
        result.add(gazetteer.id(hit.alias().entity()) + "@" + hit.start() + "-" + hit.end());
      }
    }
    return result;
  }

  private record Hit(Alias alias, int start, int end) {}

  /** The cue rules of {@link NameCues}' comment, over all hits before any is dropped. */
  private static boolean hasCue(Gazetteer gazetteer, String original, NormalizedText text, List<Hit> hits, Hit hit) {
    Alias alias = hit.alias();
    String exact = alias.exactCase();
    int from = text.originStart(hit.start());
    if (exact != null && original.startsWith(exact, from) && text.originEnd(hit.start() + alias.text().length())
        - from == exact.length()) {
      return true;
    }
    Entity entity = gazetteer.entity(alias.entity());
    boolean person = entity.type() == EntityType.PERSON;
    if (!person && NameCues.opensDateline(text.chars(), hit.start(), original, text.originEnd(hit.end()))) {
      return true;
    }
    int local = person ? NameCues.forPerson(text.chars(), text.length(), hit.start(), hit.end())
        : NameCues.forPlace(text.chars(), text.length(), hit.start(), hit.end());
    if (local != NameCues.NONE) {
      return true;
    }
    String normalized = text.toString();
    int index = hits.indexOf(hit);
    for (int i = 0; i < hits.size(); i++) {
      Hit other = hits.get(i);
      Entity otherEntity = gazetteer.entity(other.alias().entity());
      if (i == index) {
        continue;
      }
      if (other.alias().entity() == alias.entity() && other.alias().context() != ContextRule.CUE) {
        return true;
      }
      String between = normalized.substring(Math.min(other.start(), hit.start()), Math.max(other.start(),
          hit.start()));
      if (person && otherEntity.id().equals(entity.parent()) && between.chars().noneMatch(c -> ".!?;؟\n"
          .indexOf(c) >= 0)) {
        return true;
      }
      boolean place = otherEntity.type() == EntityType.COUNTRY || otherEntity.type() == EntityType.CITY;
      if (!person && place && Math.abs(i - index) == 1) {
        String gap = i < index ? normalized.substring(other.end(), hit.start())
            : normalized.substring(hit.end(), other.start());
        if (gap.length() <= 4 && gap.matches("[ ،,و]*") && gap.matches(".*[،,و].*")) {
          return true;
        }
      }
    }
    return false;
  }

  static final Set<String> NOUN_ENDING_WORDS = Set.of("ها", "های", "هایی", "هایش", "هایشان", "هایم", "هایمان",
      "هایت", "هایتان", "ی", "یی", "ای");

  static final Set<String> PLURAL_WORDS = Set.of("ها", "های", "هایی", "هایش", "هایشان", "هایم", "هایمان", "هایت",
      "هایتان");

  private static String nextWordAfterOneSpace(String normalized, int end) {
    if (end + 1 >= normalized.length() || normalized.charAt(end) != ' ') {
      return "";
    }
    int to = end + 1;
    while (to < normalized.length() && isWord(normalized.charAt(to))) {
      to++;
    }
    return normalized.substring(end + 1, to);
  }

  private static boolean isPersian(String form) {
    return form.chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF && Character.isLetter(c));
  }

  /** The endings an alias allows, spelled out from the {@link SuffixClass} and {@link WordEndings} comments. */
  static Set<String> endings(Alias alias) {
    Set<String> endings = new HashSet<>();
    if (alias.suffixes() == SuffixClass.NONE) {
      return endings;
    }
    boolean persian = isPersian(alias.text());
    if (!persian) {
      endings.add("s");
      return endings;
    }
    if (alias.suffixes() == SuffixClass.NAME) {
      if (alias.text().endsWith("ا") || alias.text().endsWith("و")) {
        endings.add("ی"); // a person's name takes only the ezafe, after a vowel
      }
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
}
