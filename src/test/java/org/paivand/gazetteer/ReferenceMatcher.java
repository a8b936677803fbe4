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
        if (!alias.context().accepts(original, text, position, wordEnd)) {
          continue; // the rules themselves are checked word by word in ContextRuleTest
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
}
