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
  /**
   * Persian names of people, names that take no ending ({@code آژانس}) and ambiguous names: a noun's ending as a
   * separate word after them ({@code آژانس‌ها} "agencies") makes them the noun.
   */
  private final boolean[] aliasRefusesNounEnding;
  private final boolean[] aliasPersian;
  private final boolean[] aliasIsPersonName;
  /** Persian names of countries: they may follow the glued Arabic article {@code ال}. */
  private final boolean[] aliasTakesArticle;
  private final boolean[] entityIsPerson;
  private final boolean[] entityIsPlace;
  private final int[] entityParent;
  private boolean explaining;
  private final boolean hasCueCandidate;
  private int[] cues = new int[16];
  private String[] notes = new String[8];
  private int[] noteCues = new int[8];
  private int[] rejectedCue = new int[8];
  private int[] rejectedStart = new int[8];
  private int[] rejectedEnd = new int[8];
  private int[] rejectedAlias = new int[8];
  private int rejections;

  private int[] candidateStart = new int[64];
  private int[] candidateEnd = new int[64];
  private int[] candidateAlias = new int[64];
  private int[] order = new int[64];
  private int candidates;

  EntityMatcher(AliasAutomaton automaton, List<Alias> aliases, Gazetteer gazetteer) {
    List<Entity> entities = gazetteer.entities();
    this.automaton = automaton;
    int size = aliases.size();
    aliasLength = new int[size];
    aliasEntity = new int[size];
    aliasStartsWithWord = new boolean[size];
    aliasEndsWithWord = new boolean[size];
    aliasEndings = new WordEndings[size];
    aliasExactCase = new String[size];
    aliasContext = new ContextRule[size];
    aliasRefusesNounEnding = new boolean[size];
    aliasPersian = new boolean[size];
    aliasIsPersonName = new boolean[size];
    aliasTakesArticle = new boolean[size];
    entityIsPerson = new boolean[entities.size()];
    entityIsPlace = new boolean[entities.size()];
    entityParent = new int[entities.size()];
    for (int e = 0; e < entities.size(); e++) {
      Entity entity = entities.get(e);
      entityIsPerson[e] = entity.type() == EntityType.PERSON;
      entityIsPlace[e] = entity.type() == EntityType.COUNTRY || entity.type() == EntityType.CITY;
      entityParent[e] = entity.parent() == null ? -1 : gazetteer.indexOf(entity.parent());
    }
    boolean anyCue = false;
    for (int i = 0; i < size; i++) {
      Alias alias = aliases.get(i);
      anyCue |= alias.context() == ContextRule.CUE;
      String text = alias.text();
      aliasLength[i] = text.length();
      aliasEntity[i] = alias.entity();
      aliasStartsWithWord[i] = WordCharacters.isWordCharacter(text.charAt(0));
      aliasEndsWithWord[i] = WordCharacters.isWordCharacter(text.charAt(text.length() - 1));
      aliasPersian[i] = isPersian(text);
      aliasEndings[i] = WordEndings.forAlias(text, aliasPersian[i], alias.suffixes());
      aliasExactCase[i] = alias.exactCase();
      aliasContext[i] = alias.context();
      aliasIsPersonName[i] = alias.suffixes() == SuffixClass.NAME;
      aliasTakesArticle[i] = aliasPersian[i] && alias.entity() != Alias.BLOCK
          && entities.get(alias.entity()).type() == EntityType.COUNTRY;
      aliasRefusesNounEnding[i] = aliasPersian[i] && aliasEndsWithWord[i]
          && (alias.suffixes() == SuffixClass.NAME || alias.suffixes() == SuffixClass.NONE
              || alias.context() == ContextRule.CUE);
    }
    hasCueCandidate = anyCue;
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
    if (explaining) {
      Arrays.fill(notes, null);
    }
    resolve(original, text, out);
  }

  private void collect(CharSequence original, NormalizedText text, int end, int state) {
    char[] chars = text.chars();
    int length = text.length();
    int[] outputs = automaton.outputs;
    for (int k = automaton.outputStart[state]; k < automaton.outputStart[state + 1]; k++) {
      int alias = outputs[k];
      int start = end - aliasLength[alias];
      if (aliasStartsWithWord[alias] && start > 0 && WordCharacters.isWordCharacter(chars[start - 1])
          && !(aliasTakesArticle[alias] && afterArabicArticle(chars, start))) {
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
      if (aliasExactCase[alias] != null && aliasContext[alias] != ContextRule.CUE
          && !showsExactCase(original, text, start, end, aliasExactCase[alias])) {
        continue;
      }
      if (aliasRefusesNounEnding[alias]
          && NameCues.nounEndingFollows(chars, length, wordEnd, aliasIsPersonName[alias])) {
        reject(start, wordEnd, alias, NameCues.NOUN_ENDING_AFTER);
        continue;
      }
      if (aliasPersian[alias] && startsCompound(original, text, start)) {
        reject(start, wordEnd, alias, NameCues.COMPOUND);
        continue;
      }
      if (aliasContext[alias] == ContextRule.CUE) {
        int against = NameCues.againstName(chars, length, start, wordEnd);
        if (against != NameCues.NONE) {
          reject(start, wordEnd, alias, against);
          continue;
        }
      } else if (aliasContext[alias] != ContextRule.NONE
          && !aliasContext[alias].accepts(original, text, start, wordEnd)) {
        reject(start, wordEnd, alias, NameCues.NONE);
        continue;
      }
      addCandidate(start, wordEnd, alias);
    }
  }

  /**
   * True if the original joins the hit to the word before with a ZWNJ ({@code توطئه‌چینی} "plotting" is not
   * {@code چینی} "Chinese"): the normalizer turns the ZWNJ into a space, but it marks the second half of a compound.
   */
  private static boolean startsCompound(CharSequence original, NormalizedText text, int start) {
    int from = text.originStart(start);
    return from > 1 && original.charAt(from - 1) == '\u200C'
        && WordCharacters.isWordCharacter(original.charAt(from - 2)); // not a stray ZWNJ after a comma or space
  }

  /**
   * True if the word is the Arabic article glued to the name ({@code الموت الاسرائیل}, {@code البحرین}): Persian
   * text quotes Arabic slogans and names so; the mention is the name after the article.
   */
  private static boolean afterArabicArticle(char[] chars, int start) {
    return start >= 2 && chars[start - 2] == 'ا' && chars[start - 1] == 'ل'
        && (start == 2 || !WordCharacters.isWordCharacter(chars[start - 3]));
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

  private void reject(int start, int end, int alias, int cue) {
    if (!explaining) {
      return;
    }
    if (rejections == rejectedStart.length) {
      rejectedStart = Arrays.copyOf(rejectedStart, rejections * 2);
      rejectedEnd = Arrays.copyOf(rejectedEnd, rejections * 2);
      rejectedAlias = Arrays.copyOf(rejectedAlias, rejections * 2);
      rejectedCue = Arrays.copyOf(rejectedCue, rejections * 2);
    }
    rejectedStart[rejections] = start;
    rejectedEnd[rejections] = end;
    rejectedAlias[rejections] = alias;
    rejectedCue[rejections] = cue;
    rejections++;
  }

  /**
   * Leftmost, then longest; candidates arrive sorted by alias end, so an insertion sort on few items is enough. Then
   * the ambiguous names ({@code context=cue}) that won their place are kept only with a cue ({@link NameCues}), which
   * may be another mention: so they are decided after the others are known.
   */
  private void resolve(CharSequence original, NormalizedText text, MentionBuffer out) {
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
      if (aliasEntity[alias] != Alias.BLOCK || explaining) {
        out.add(aliasEntity[alias], candidateStart[candidate], candidateEnd[candidate], alias, false);
      }
    }
    if (hasCueCandidate) {
      keepCuedNames(original, text, out);
    }
    for (int r = 0; r < rejections; r++) {
      int mention = out.count();
      out.add(aliasEntity[rejectedAlias[r]], rejectedStart[r], rejectedEnd[r], rejectedAlias[r], true);
      if (aliasContext[rejectedAlias[r]] == ContextRule.CUE || rejectedCue[r] != NameCues.NONE) {
        note(mention, rejectedCue[r], NameCues.describe(rejectedCue[r], text.chars(), text.length(), rejectedStart[r],
            rejectedEnd[r]));
      }
    }
  }

  /** Drops the ambiguous names without a cue; the cues are found first, as they may be other mentions. */
  private void keepCuedNames(CharSequence original, NormalizedText text, MentionBuffer out) {
    int count = out.count();
    int firstCued = -1;
    for (int m = 0; m < count && firstCued < 0; m++) {
      if (aliasContext[out.alias(m)] == ContextRule.CUE && out.entity(m) != Alias.BLOCK) {
        firstCued = m;
      }
    }
    if (firstCued < 0) {
      return; // most texts: no ambiguous name, nothing to decide or move
    }
    if (cues.length < count) {
      cues = new int[Math.max(count, cues.length * 2)];
    }
    for (int m = 0; m < count; m++) {
      int entity = out.entity(m);
      cues[m] = m >= firstCued && entity != Alias.BLOCK && aliasContext[out.alias(m)] == ContextRule.CUE
          ? cueOf(original, text, out, m) : -1;
    }
    int kept = 0;
    for (int m = 0; m < count; m++) {
      if (cues[m] == NameCues.NONE) {
        reject(out.start(m), out.end(m), out.alias(m), NameCues.NONE);
        continue;
      }
      if (kept != m) {
        out.move(m, kept);
      }
      if (explaining && cues[m] > 0) {
        note(kept, cues[m], NameCues.describe(cues[m], text.chars(), text.length(), out.start(kept), out.end(kept)));
      }
      kept++;
    }
    out.truncate(kept);
  }

  /**
   * The cue that mention {@code m} of {@code mentions} is its entity and not a common word, or {@link NameCues#NONE}:
   * the words around it, then the other mentions (the same entity by an unambiguous name, a person's country in the
   * sentence, a country next to it in a list).
   */
  int cueOf(CharSequence original, NormalizedText text, MentionBuffer mentions, int m) {
    char[] chars = text.chars();
    int length = text.length();
    int start = mentions.start(m);
    int end = mentions.end(m);
    int entity = mentions.entity(m);
    int alias = mentions.alias(m);
    if (aliasExactCase[alias] != null && showsExactCase(original, text, start, start + aliasLength[alias],
        aliasExactCase[alias])) {
      return NameCues.EXACT_SPELLING;
    }
    if (!entityIsPerson[entity] && NameCues.opensDateline(chars, start, original, text.originEnd(end))) {
      return NameCues.DATELINE;
    }
    int local = entityIsPerson[entity] ? NameCues.forPerson(chars, length, start, end)
        : NameCues.forPlace(chars, length, start, end);
    if (local != NameCues.NONE) {
      return local;
    }
    for (int other = 0; other < mentions.count(); other++) {
      int otherEntity = mentions.entity(other);
      if (other == m || otherEntity == Alias.BLOCK || mentions.rejected(other)) {
        continue;
      }
      if (otherEntity == entity && aliasContext[mentions.alias(other)] != ContextRule.CUE) {
        return NameCues.UNAMBIGUOUS_NAME_IN_TEXT;
      }
      if (entityIsPerson[entity] && otherEntity == entityParent[entity]
          && NameCues.sameSentence(chars, mentions.start(other), start)) {
        return NameCues.COUNTRY_IN_SENTENCE;
      }
      if (!entityIsPerson[entity] && entityIsPlace[otherEntity] && (other == m - 1 || other == m + 1)
          && (other < m ? NameCues.listBetween(chars, mentions.end(other), start)
              : NameCues.listBetween(chars, end, mentions.start(other)))) {
        return NameCues.COUNTRY_IN_LIST;
      }
    }
    return NameCues.NONE;
  }

  private void note(int mention, int cue, String note) {
    if (mention >= notes.length) {
      notes = Arrays.copyOf(notes, Math.max(mention + 1, notes.length * 2));
      noteCues = Arrays.copyOf(noteCues, notes.length);
    }
    notes[mention] = note;
    noteCues[mention] = cue;
  }

  /** Explain mode: why the mention (or rejected hit) {@code m} of the last explained text was decided, or null. */
  String note(int mention) {
    return mention < notes.length ? notes[mention] : null;
  }

  /** Explain mode: the {@link NameCues} code behind {@link #note(int)}, or -1 where there is no note. */
  int noteCue(int mention) {
    return mention < notes.length && notes[mention] != null ? noteCues[mention] : -1;
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
