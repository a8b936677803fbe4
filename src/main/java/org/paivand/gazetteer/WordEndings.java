package org.paivand.gazetteer;

import java.util.ArrayList;
import java.util.List;

/**
 * The endings that may follow an alias inside the same word, as a small trie checked without allocating.
 *
 * <p>Persian endings are built from three slots, each optional, in this order (all after normalization, so ZWNJ-less
 * spellings are what is checked here; with a ZWNJ or space the ending is a separate word and needs no rule):
 *
 * <ol>
 *   <li>adjective / ezafe: {@code ی ای یی} ({@code ایرانی}, {@code روسیه‌ای}, {@code آمریکایی});
 *   <li>plural: {@code ها های هایی ان یان} ({@code روسها}, {@code ایرانیان});
 *   <li>clitic: the indefinite or ezafe {@code ی}, and for {@link SuffixClass#ALL} also {@code ش اش شان م ام مان ت ات
 *       تان} ({@code ایرانشان}).
 * </ol>
 *
 * <p>English: {@code s} (headlines that lost their apostrophes: {@code irans nuclear plan}); the possessive with an
 * apostrophe needs no rule because the apostrophe is a word boundary.
 */
final class WordEndings {
  static final String[] PERSIAN_ADJECTIVE = {"", "ی", "ای", "یی"};
  static final String[] PERSIAN_PLURAL = {"", "ها", "های", "هایی", "ان", "یان"};
  static final String[] PERSIAN_EZAFE = {"", "ی"};
  static final String[] PERSIAN_CLITICS = {"", "ی", "ش", "اش", "شان", "م", "ام", "مان", "ت", "ات", "تان"};
  static final String[] ENGLISH = {"s"};

  private static final WordEndings PERSIAN_PLURAL_ENDINGS = new WordEndings(persian(PERSIAN_EZAFE));
  private static final WordEndings PERSIAN_ALL_ENDINGS = new WordEndings(persian(PERSIAN_CLITICS));
  private static final WordEndings ENGLISH_ENDINGS = new WordEndings(List.of(ENGLISH));
  private static final WordEndings NO_ENDINGS = new WordEndings(List.of());
  private static final WordEndings PERSIAN_NAME_EZAFE = new WordEndings(List.of("ی"));
  /**
   * Words that, written apart from the word before (after a space, or a ZWNJ the normalizer made a space), are a
   * noun's plural or indefinite ending: a name followed by one of them is the noun ({@code پوتین ها} "boots").
   */
  static final String[] PERSIAN_NOUN_ENDING_WORDS = {"ها", "های", "هایی", "هایش", "هایشان", "هایم", "هایمان",
      "هایت", "هایتان", "ی", "یی", "ای"};
  /** The plural ones of {@link #PERSIAN_NOUN_ENDING_WORDS}: what a place's name does not take written apart. */
  static final String[] PERSIAN_PLURAL_WORDS = {"ها", "های", "هایی", "هایش", "هایشان", "هایم", "هایمان", "هایت",
      "هایتان"};

  // trie: node 0 is the root; children as first-child / next-sibling lists
  private final char[] label;
  private final int[] firstChild;
  private final int[] nextSibling;
  private final boolean[] terminal;

  private WordEndings(List<String> endings) {
    int capacity = 1 + endings.stream().mapToInt(String::length).sum();
    label = new char[capacity];
    firstChild = new int[capacity];
    nextSibling = new int[capacity];
    terminal = new boolean[capacity];
    java.util.Arrays.fill(firstChild, -1);
    java.util.Arrays.fill(nextSibling, -1);
    int size = 1;
    for (String ending : endings) {
      int node = 0;
      for (int i = 0; i < ending.length(); i++) {
        int child = child(node, ending.charAt(i));
        if (child < 0) {
          child = size++;
          label[child] = ending.charAt(i);
          nextSibling[child] = firstChild[node];
          firstChild[node] = child;
        }
        node = child;
      }
      terminal[node] = true;
    }
  }

  static WordEndings forAlias(String alias, boolean persian, SuffixClass suffixClass) {
    if (suffixClass == SuffixClass.NONE) {
      return NO_ENDINGS;
    }
    if (!persian) {
      return ENGLISH_ENDINGS;
    }
    if (suffixClass == SuffixClass.NAME) {
      char last = alias.charAt(alias.length() - 1);
      return last == 'ا' || last == 'و' ? PERSIAN_NAME_EZAFE : NO_ENDINGS;
    }
    return suffixClass == SuffixClass.ALL ? PERSIAN_ALL_ENDINGS : PERSIAN_PLURAL_ENDINGS;
  }

  /** True if {@code chars[from, to)} is one of the endings. */
  boolean accepts(char[] chars, int from, int to) {
    int node = 0;
    for (int i = from; i < to; i++) {
      node = child(node, chars[i]);
      if (node < 0) {
        return false;
      }
    }
    return terminal[node];
  }

  private int child(int node, char c) {
    for (int child = firstChild[node]; child >= 0; child = nextSibling[child]) {
      if (label[child] == c) {
        return child;
      }
    }
    return -1;
  }

  private static List<String> persian(String[] lastSlot) {
    List<String> endings = new ArrayList<>();
    for (String adjective : PERSIAN_ADJECTIVE) {
      for (String plural : PERSIAN_PLURAL) {
        for (String clitic : lastSlot) {
          String ending = adjective + plural + clitic;
          if (!ending.isEmpty() && !endings.contains(ending)) {
            endings.add(ending);
          }
        }
      }
    }
    return endings;
  }
}
