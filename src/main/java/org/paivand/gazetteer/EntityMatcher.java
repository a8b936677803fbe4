package org.paivand.gazetteer;

import java.util.Arrays;
import java.util.List;
import org.paivand.text.NormalizedText;
import org.paivand.text.WordCharacters;

/**
 * Finds alias occurrences in normalized text in one pass of an Aho-Corasick automaton compiled to a dense table
 * ({@link AliasAutomaton}), then keeps whole-word matches and resolves overlaps.
 *
 * <ul>
 *   <li>A match starts at a word start: the character before it is not a letter or digit.
 *   <li>It ends at a word end, or is followed inside the word by an ending its alias allows ({@link WordEndings}):
 *       {@code ایرانیان} is Iran, {@code ایرانشهر} (a city) and {@code روسری} ("headscarf") are nothing.
 *   <li>An alias with an exact-case form matches only where the original text shows that form ({@code WHO}).
 *   <li>An alias with a {@link ContextRule} matches only where the words around it pass the rule ({@code georgia}
 *       near {@code atlanta} is the US state, not the country).
 *   <li>Overlaps: leftmost first, then longest: {@code قره باغ کوهستانی} is one mention of {@code karabakh},
 *       {@code آذربایجان شرقی} is the Iranian province and not also the Republic of Azerbaijan, and
 *       {@code سازمان امنیت و همکاری اروپا} is OSCE and not also Europe. Block aliases take part in this and are then
 *       dropped.
 * </ul>
 *
 * <p>One instance per thread: it keeps its candidate buffers between texts so matching allocates nothing.
 */
public final class EntityMatcher {
  private final AliasAutomaton automaton;
  private final int[] aliasLength;
  private final int[] aliasEntity;
  private final boolean[] aliasStartsWithWord;
  private final boolean[] aliasEndsWithWord;
  private final WordEndings[] aliasEndings;
  private final String[] aliasExactCase;
  private final ContextRule[] aliasContext;
  private boolean explaining;
  private int[] rejectedStart = new int[8];
  private int[] rejectedEnd = new int[8];
  private int[] rejectedAlias = new int[8];
  private int rejections;

  private int[] candidateStart = new int[64];
  private int[] candidateEnd = new int[64];
  private int[] candidateAlias = new int[64];
  private int[] order = new int[64];
  private int candidates;

  EntityMatcher(AliasAutomaton automaton, List<Alias> aliases) {
    this.automaton = automaton;
    int size = aliases.size();
    aliasLength = new int[size];
    aliasEntity = new int[size];
    aliasStartsWithWord = new boolean[size];
    aliasEndsWithWord = new boolean[size];
    aliasEndings = new WordEndings[size];
    aliasExactCase = new String[size];
    aliasContext = new ContextRule[size];
    for (int i = 0; i < size; i++) {
      Alias alias = aliases.get(i);
      String text = alias.text();
      aliasLength[i] = text.length();
      aliasEntity[i] = alias.entity();
      aliasStartsWithWord[i] = WordCharacters.isWordCharacter(text.charAt(0));
      aliasEndsWithWord[i] = WordCharacters.isWordCharacter(text.charAt(text.length() - 1));
      aliasEndings[i] = WordEndings.forAlias(isPersian(text), alias.suffixes());
      aliasExactCase[i] = alias.exactCase();
      aliasContext[i] = alias.context();
    }
  }

  /** Fills {@code out} with the mentions in {@code text}; {@code original} is what {@code text} was made from. */
  public void match(CharSequence original, NormalizedText text, MentionBuffer out) {
    explaining = false;
    scan(original, text, out);
  }

  /**
   * Like {@link #match}, and {@code out} also holds the block phrases that won their place (entity {@link Alias#BLOCK})
   * and, marked {@link MentionBuffer#rejected}, the hits a context rule turned down. For {@code extract}; allocates.
   */
  public void explain(CharSequence original, NormalizedText text, MentionBuffer out) {
    explaining = true;
    try {
      scan(original, text, out);
    } finally {
      explaining = false;
    }
  }

  private void scan(CharSequence original, NormalizedText text, MentionBuffer out) {
    out.clear();
    candidates = 0;
    rejections = 0;
    char[] chars = text.chars();
    int length = text.length();
    char[] classOf = automaton.classOf;
    int[] next = automaton.next;
    int[] outputStart = automaton.outputStart;
    int width = automaton.alphabetSize;
    int state = 0;
    for (int i = 0; i < length; i++) {
      state = next[state * width + classOf[chars[i]]];
      if (outputStart[state] != outputStart[state + 1]) {
        collect(original, text, i + 1, state);
      }
    }
    resolve(out);
  }

  private void collect(CharSequence original, NormalizedText text, int end, int state) {
    char[] chars = text.chars();
    int length = text.length();
    int[] outputs = automaton.outputs;
    for (int k = automaton.outputStart[state]; k < automaton.outputStart[state + 1]; k++) {
      int alias = outputs[k];
      int start = end - aliasLength[alias];
      if (aliasStartsWithWord[alias] && start > 0 && WordCharacters.isWordCharacter(chars[start - 1])) {
        continue;
      }
      int wordEnd = end;
      if (aliasEndsWithWord[alias]) {
        while (wordEnd < length && WordCharacters.isWordCharacter(chars[wordEnd])) {
          wordEnd++;
        }
        if (wordEnd > end && !aliasEndings[alias].accepts(chars, end, wordEnd)) {
          continue;
        }
      }
      if (aliasExactCase[alias] != null && !showsExactCase(original, text, start, end, aliasExactCase[alias])) {
        continue;
      }
      if (aliasContext[alias] != ContextRule.NONE && !aliasContext[alias].accepts(original, text, start, wordEnd)) {
        if (explaining) {
          addRejection(start, wordEnd, alias);
        }
        continue;
      }
      addCandidate(start, wordEnd, alias);
    }
  }

  private static boolean showsExactCase(
      CharSequence original, NormalizedText text, int start, int end, String exactCase) {
    int from = text.originStart(start);
    int to = text.originEnd(end);
    if (to - from != exactCase.length()) {
      return false;
    }
    for (int i = 0; i < exactCase.length(); i++) {
      if (original.charAt(from + i) != exactCase.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private void addCandidate(int start, int end, int alias) {
    if (candidates == candidateStart.length) {
      int size = candidates * 2;
      candidateStart = Arrays.copyOf(candidateStart, size);
      candidateEnd = Arrays.copyOf(candidateEnd, size);
      candidateAlias = Arrays.copyOf(candidateAlias, size);
      order = new int[size];
    }
    candidateStart[candidates] = start;
    candidateEnd[candidates] = end;
    candidateAlias[candidates] = alias;
    candidates++;
  }

  private void addRejection(int start, int end, int alias) {
    if (rejections == rejectedStart.length) {
      rejectedStart = Arrays.copyOf(rejectedStart, rejections * 2);
      rejectedEnd = Arrays.copyOf(rejectedEnd, rejections * 2);
      rejectedAlias = Arrays.copyOf(rejectedAlias, rejections * 2);
    }
    rejectedStart[rejections] = start;
    rejectedEnd[rejections] = end;
    rejectedAlias[rejections] = alias;
    rejections++;
  }

  /** Leftmost, then longest; candidates arrive sorted by alias end, so an insertion sort on few items is enough. */
  private void resolve(MentionBuffer out) {
    for (int i = 0; i < candidates; i++) {
      int candidate = i;
      int j = i - 1;
      while (j >= 0 && before(candidate, order[j])) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = candidate;
    }
    int coveredUntil = 0;
    for (int i = 0; i < candidates; i++) {
      int candidate = order[i];
      if (candidateStart[candidate] < coveredUntil) {
        continue;
      }
      coveredUntil = candidateEnd[candidate];
      int alias = candidateAlias[candidate];
      int entity = aliasEntity[alias];
      if (entity != Alias.BLOCK || explaining) {
        out.add(entity, candidateStart[candidate], candidateEnd[candidate], alias, false);
      }
    }
    for (int r = 0; r < rejections; r++) {
      out.add(aliasEntity[rejectedAlias[r]], rejectedStart[r], rejectedEnd[r], rejectedAlias[r], true);
    }
  }

  private boolean before(int a, int b) {
    if (candidateStart[a] != candidateStart[b]) {
      return candidateStart[a] < candidateStart[b];
    }
    int lengthA = aliasLength[candidateAlias[a]];
    int lengthB = aliasLength[candidateAlias[b]];
    if (lengthA != lengthB) {
      return lengthA > lengthB;
    }
    return candidateEnd[a] > candidateEnd[b];
  }


  static boolean isPersian(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (WordCharacters.isArabicScript(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
