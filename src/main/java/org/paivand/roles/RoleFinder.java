package org.paivand.roles;

import static org.paivand.text.WordCharacters.regionIs;
import static org.paivand.text.WordCharacters.wordEnd;
import static org.paivand.text.WordCharacters.wordIn;
import static org.paivand.text.WordCharacters.wordOneSpaceAfter;
import static org.paivand.text.WordCharacters.wordOneSpaceBefore;
import static org.paivand.text.WordCharacters.wordStart;

import org.paivand.gazetteer.EntityType;
import org.paivand.gazetteer.Gazetteer;
import org.paivand.gazetteer.MentionBuffer;
import org.paivand.gazetteer.OfficeTerms;
import org.paivand.text.NormalizedText;
import org.paivand.text.WordCharacters;

/**
 * Finds role mentions, phrases that name a person by an office of a country ({@code وزیر امور خارجه روسیه},
 * {@code the Russian foreign minister}), and resolves each to whoever held the office on the publication day
 * ({@link OfficeTerms}). A role phrase always holds a country mention, so no second pass reads the text: after the
 * matcher, the words right around each country mention are compared with the office heads (offices.tsv), which
 * makes the cost a few comparisons per country mention.
 *
 * <ul>
 *   <li>Persian: a head right before the country ({@code رئیس جمهور آذربایجان}, {@code وزیر خارجه روسیه}; an ezafe
 *       {@code ی} written apart may come between). {@code رئیس} before a country name that starts with
 *       {@code جمهوری} ({@code رئیس جمهوری اسلامی ایران}, {@code رئیس جمهوری آذربایجان}) is the president: the matcher
 *       gives the country from {@code جمهوری} on. {@code کشورمان} ("our country", Iran in Iranian news, not a country
 *       mention) counts as Iran after a head.
 *   <li>English: a country or demonym, an optional possessive ({@code russia's}), then the head ({@code russian foreign
 *       minister}, {@code us president}, {@code british pm}); or the head, {@code of}, an optional {@code the}, then
 *       the country ({@code president of france}).
 *   <li>A plural head resolves each country of a list beside it, joined by {@code و}, {@code and} or commas
 *       ({@code وزرای خارجه ایران و روسیه}, {@code the iranian and russian foreign ministers}, {@code the foreign
 *       ministers of iran and russia}); a singular head resolves the one country beside it.
 *   <li>Not a holder, no role mention: a former one ({@link #FORMER_PERSIAN} after the head or after the country,
 *       {@link #NOT_HOLDER_BEFORE_ENGLISH} such as {@code former}, {@code ex}, {@code vice}, {@code deputy} before
 *       the head or the country), a deputy or candidate ({@link #NOT_HOLDER_BEFORE_PERSIAN}), an elect
 *       ({@link #NOT_HOLDER_AFTER_PERSIAN}, {@link #NOT_HOLDER_AFTER_ENGLISH}), and an office nobody of the gazetteer
 *       held on that day. A bare office without a country ({@code رئیس جمهور}, {@code the president}) is not
 *       resolved.
 * </ul>
 *
 * <p>Words are compared in the normalized text (lowercase, ZWNJ and hyphens as spaces, {@code ئ} as {@code ی}), where
 * the words of a phrase are one space apart; nothing crosses a sentence end. One instance per thread: allocates
 * nothing per article.
 */
public final class RoleFinder {
  /** The publication day of a text without one: no role is resolved. */
  public static final int NO_DAY = Integer.MIN_VALUE;

  static final String[] FORMER_PERSIAN = {"سابق", "پیشین", "اسبق"};
  static final String[] NOT_HOLDER_BEFORE_PERSIAN = {"معاون", "معاونان", "نامزد", "نامزدهای", "نامزدی"};
  static final String[] NOT_HOLDER_AFTER_PERSIAN = {"سابق", "پیشین", "اسبق", "منتخب", "آینده", "بعدی"};
  static final String[] LIST_WORDS_PERSIAN = {"و"};
  static final String EZAFE = "ی";
  static final String REPUBLIC = "جمهوری";
  static final String PRESIDENT_BEFORE_REPUBLIC = "رییس";
  static final String PRESIDENTS_BEFORE_REPUBLIC = "روسای";
  static final String OUR_COUNTRY = "کشورمان";
  /** {@code رهبر (معظم) انقلاب (اسلامی)}: Iran's Supreme Leader named by the revolution, not the country. */
  static final String LEADER = "رهبر";
  static final String EXALTED = "معظم";
  static final String REVOLUTION = "انقلاب";
  static final String ISLAMIC = "اسلامی";
  static final String[] NOT_HOLDER_BEFORE_ENGLISH = {"former", "ex", "deputy", "vice", "assistant", "junior",
      "shadow", "then", "late", "future", "next", "incoming", "would", "be"};
  static final String[] NOT_HOLDER_AFTER_ENGLISH = {"elect", "hopeful", "hopefuls", "candidate", "candidates",
      "nominee", "league"};
  static final String[] LIST_WORDS_ENGLISH = {"and", "&"};
  static final String POSSESSIVE = "s";
  static final String OF = "of";
  static final String THE = "the";

  private final OfficeTerms offices;
  private final boolean[] isCountry;
  private final int iran;
  private final int president;
  private final int supremeLeader;
  private final int headCount;
  private final char[][] heads;
  private final boolean[] headPersian;
  /**
   * The words a head can end with (Persian, English) and begin with (English): a country mention whose neighbour is
   * none of them has no role phrase, so the heads are tried only after one word comparison. Measured: without it,
   * trying every head at every country mention cost a third of the analysis of a headline (CoreBenchmark).
   */
  private final String[] persianLastWords;
  private final String[] englishLastWords;
  private final String[] englishFirstWords;

  public RoleFinder(Gazetteer gazetteer) {
    this.offices = gazetteer.officeTerms();
    isCountry = new boolean[gazetteer.size()];
    for (int i = 0; i < isCountry.length; i++) {
      isCountry[i] = gazetteer.entity(i).type() == EntityType.COUNTRY;
    }
    iran = gazetteer.indexOf("IR");
    int presidentOffice = -1;
    for (int o = 0; o < offices.officeCount(); o++) {
      if (offices.office(o).equals("president")) {
        presidentOffice = o;
      }
    }
    president = presidentOffice;
    int leaderOffice = -1;
    for (int o = 0; o < offices.officeCount(); o++) {
      if (offices.office(o).equals("supreme-leader")) {
        leaderOffice = o;
      }
    }
    supremeLeader = leaderOffice;
    headCount = offices.headCount();
    heads = new char[headCount][];
    headPersian = new boolean[headCount];
    java.util.Set<String> persianLast = new java.util.TreeSet<>();
    java.util.Set<String> englishLast = new java.util.TreeSet<>();
    java.util.Set<String> englishFirst = new java.util.TreeSet<>();
    for (int h = 0; h < headCount; h++) {
      String head = offices.headText(h);
      heads[h] = head.toCharArray();
      headPersian[h] = offices.headPersian(h);
      String last = head.substring(head.lastIndexOf(' ') + 1);
      (headPersian[h] ? persianLast : englishLast).add(last);
      if (!headPersian[h]) {
        englishFirst.add(head.indexOf(' ') < 0 ? head : head.substring(0, head.indexOf(' ')));
      }
    }
    persianLastWords = persianLast.toArray(String[]::new);
    englishLastWords = englishLast.toArray(String[]::new);
    englishFirstWords = englishFirst.toArray(String[]::new);
  }

  /** True if the word ending at {@code end} is one a head of that language can end with. */
  private boolean mayEndHead(char[] chars, int end, boolean persian) {
    int start = wordStart(chars, end);
    return start < end && wordIn(chars, start, end, persian ? persianLastWords : englishLastWords);
  }

  /**
   * Fills {@code out} with the role mentions of {@code text} resolved on {@code day} (an epoch day, or {@link
   * #NO_DAY}: none), given the mentions the matcher found in it.
   */
  public void find(NormalizedText text, MentionBuffer mentions, int day, RoleMentions out) {
    out.clear();
    if (day == NO_DAY || headCount == 0) {
      return;
    }
    char[] chars = text.chars();
    int length = text.length();
    for (int m = 0; m < mentions.count(); m++) {
      int entity = mentions.entity(m);
      if (entity >= 0 && isCountry[entity]) {
        persian(chars, length, mentions, m, entity, mentions.start(m), mentions.end(m), day, out);
        englishCountryFirst(chars, length, mentions, m, day, out);
        englishOfCountry(chars, length, mentions, m, day, out);
      }
    }
    if (iran >= 0) {
      ourCountry(chars, length, mentions, day, out);
    }
  }

  /** Persian: head, optional ezafe or former word, country (or a list of them with a plural head). */
  private void persian(char[] chars, int length, MentionBuffer mentions, int m, int country, int start, int end,
      int day, RoleMentions out) {
    int headEnd = start - 1;
    int previous = wordOneSpaceBefore(chars, start);
    if (previous < 0) {
      return;
    }
    if (regionIs(chars, previous, headEnd, EZAFE)) {
      headEnd = previous - 1;
      previous = wordOneSpaceBefore(chars, previous);
    }
    boolean former = false;
    if (previous >= 0 && wordIn(chars, previous, headEnd, FORMER_PERSIAN)) {
      former = true;
      headEnd = previous - 1;
    }
    int head = headEnd > 0 && mayEndHead(chars, headEnd, true) ? longestHeadEndingAt(chars, headEnd, country, true)
        : -1;
    int headStart;
    int office;
    boolean plural;
    if (head >= 0) {
      headStart = headEnd - heads[head].length;
      office = offices.headOffice(head);
      plural = offices.headPlural(head);
    } else if (!former && president >= 0 && startsWithWord(chars, length, start, REPUBLIC)) {
      // رئیس جمهوری اسلامی ایران: the country mention took جمهوری, so the head is the word before it alone
      int word = wordOneSpaceBefore(chars, start);
      if (word < 0) {
        return;
      }
      boolean one = regionIs(chars, word, start - 1, PRESIDENT_BEFORE_REPUBLIC);
      if (!one && !regionIs(chars, word, start - 1, PRESIDENTS_BEFORE_REPUBLIC)) {
        return;
      }
      headStart = word;
      office = president;
      plural = !one;
    } else {
      return;
    }
    if (former) {
      return;
    }
    int before = wordOneSpaceBefore(chars, headStart);
    if (before >= 0 && wordIn(chars, before, headStart - 1, NOT_HOLDER_BEFORE_PERSIAN)) {
      return;
    }
    int last = plural && m >= 0 ? listEnd(chars, mentions, m, LIST_WORDS_PERSIAN) : m;
    int phraseEnd = last >= 0 ? mentions.end(last) : end;
    int after = wordOneSpaceAfter(chars, length, phraseEnd);
    if (after >= 0 && wordIn(chars, after, wordEnd(chars, length, after), NOT_HOLDER_AFTER_PERSIAN)) {
      return;
    }
    if (m < 0) {
      resolve(country, office, day, headStart, phraseEnd, out);
      return;
    }
    for (int k = m; k <= last; k++) {
      resolve(mentions.entity(k), office, day, headStart, phraseEnd, out);
    }
  }

  /** English: country or demonym (a list of them for a plural head), optional possessive, head. */
  private void englishCountryFirst(char[] chars, int length, MentionBuffer mentions, int m, int day,
      RoleMentions out) {
    int country = mentions.entity(m);
    int position = mentions.end(m);
    if (position < length && chars[position] == '\'') {
      position++;
      if (position < length && regionIs(chars, position, wordEnd(chars, length, position), POSSESSIVE)) {
        position++;
      }
    }
    int headStart = wordOneSpaceAfter(chars, length, position);
    if (headStart < 0) {
      return;
    }
    if (!wordIn(chars, headStart, wordEnd(chars, length, headStart), englishFirstWords)) {
      return;
    }
    int head = longestHeadStartingAt(chars, length, headStart, country);
    if (head < 0) {
      return;
    }
    int headEnd = headStart + heads[head].length;
    int first = offices.headPlural(head) ? listStart(chars, mentions, m) : m;
    int before = wordOneSpaceBefore(chars, mentions.start(first));
    if (before >= 0 && wordIn(chars, before, mentions.start(first) - 1, NOT_HOLDER_BEFORE_ENGLISH)) {
      return;
    }
    int after = wordOneSpaceAfter(chars, length, headEnd);
    if (after >= 0 && wordIn(chars, after, wordEnd(chars, length, after), NOT_HOLDER_AFTER_ENGLISH)) {
      return;
    }
    for (int k = first; k <= m; k++) {
      resolve(mentions.entity(k), offices.headOffice(head), day, mentions.start(first), headEnd, out);
    }
  }

  /** English: head, {@code of}, optional {@code the}, country (a list of them for a plural head). */
  private void englishOfCountry(char[] chars, int length, MentionBuffer mentions, int m, int day,
      RoleMentions out) {
    int start = mentions.start(m);
    int word = wordOneSpaceBefore(chars, start);
    if (word >= 0 && regionIs(chars, word, start - 1, THE)) {
      start = word;
      word = wordOneSpaceBefore(chars, word);
    }
    if (word < 0 || !regionIs(chars, word, start - 1, OF)) {
      return;
    }
    int headEnd = word - 1;
    if (headEnd <= 0 || !mayEndHead(chars, headEnd, false)) {
      return;
    }
    int head = longestHeadEndingAt(chars, headEnd, mentions.entity(m), false);
    if (head < 0) {
      return;
    }
    int headStart = headEnd - heads[head].length;
    int before = wordOneSpaceBefore(chars, headStart);
    if (before >= 0 && wordIn(chars, before, headStart - 1, NOT_HOLDER_BEFORE_ENGLISH)) {
      return;
    }
    int last = offices.headPlural(head) ? listEnd(chars, mentions, m, LIST_WORDS_ENGLISH) : m;
    for (int k = m; k <= last; k++) {
      resolve(mentions.entity(k), offices.headOffice(head), day, headStart, mentions.end(last), out);
    }
  }

  /**
   * The two role phrases without a country mention, in one plain scan for their first letters: {@code کشورمان}
   * ("our country") after a Persian head is Iran; {@code رهبر (معظم) انقلاب اسلامی} is Iran's Supreme Leader.
   */
  private void ourCountry(char[] chars, int length, MentionBuffer mentions, int day, RoleMentions out) {
    char first = OUR_COUNTRY.charAt(0);
    char leader = LEADER.charAt(0);
    int last = length - OUR_COUNTRY.length();
    for (int i = 0; i <= last; i++) {
      char c = chars[i];
      if ((c != first && c != leader) || (i > 0 && WordCharacters.isWordCharacter(chars[i - 1]))) {
        continue;
      }
      if (c == first && startsWithWord(chars, length, i, OUR_COUNTRY)) {
        persian(chars, length, mentions, -1, iran, i, i + OUR_COUNTRY.length(), day, out);
      } else if (c == leader && supremeLeader >= 0 && startsWithWord(chars, length, i, LEADER)) {
        leaderOfTheRevolution(chars, length, i, day, out);
      }
    }
  }

  /**
   * {@code رهبر انقلاب اسلامی}, {@code رهبر معظم انقلاب اسلامی}: Iran's Supreme Leader, though no country is named
   * (the Islamic Revolution is Iran's; bare {@code رهبر انقلاب} is left out, as the evaluation sets leave it). {@code رهبر کبیر انقلاب} (Khomeini, "the great leader") does not match, and
   * a deputy or a former holder is not resolved, as for every role.
   */
  private void leaderOfTheRevolution(char[] chars, int length, int start, int day, RoleMentions out) {
    int word = wordOneSpaceAfter(chars, length, start + LEADER.length());
    if (word >= 0 && startsWithWord(chars, length, word, EXALTED)) {
      word = wordOneSpaceAfter(chars, length, word + EXALTED.length());
    }
    if (word < 0 || !startsWithWord(chars, length, word, REVOLUTION)) {
      return;
    }
    int islamic = wordOneSpaceAfter(chars, length, word + REVOLUTION.length());
    if (islamic < 0 || !startsWithWord(chars, length, islamic, ISLAMIC)) {
      return; // the labelling convention of the evaluation sets: the revolution named as the Islamic one
    }
    int end = islamic + ISLAMIC.length();
    int before = wordOneSpaceBefore(chars, start);
    if (before >= 0 && wordIn(chars, before, start - 1, NOT_HOLDER_BEFORE_PERSIAN)) {
      return;
    }
    int after = wordOneSpaceAfter(chars, length, end);
    if (after >= 0 && wordIn(chars, after, wordEnd(chars, length, after), NOT_HOLDER_AFTER_PERSIAN)) {
      return;
    }
    resolve(iran, supremeLeader, day, start, end, out);
  }

  private void resolve(int country, int office, int day, int start, int end, RoleMentions out) {
    if (!isCountry[country]) {
      return;
    }
    int term = offices.holderTerm(country, office, day);
    if (term >= 0) {
      out.add(offices.termPerson(term), start, end, term);
    }
  }

  /** The longest head (of the text's language) ending at {@code end} at a word start, for this country, or -1. */
  private int longestHeadEndingAt(char[] chars, int end, int country, boolean persian) {
    int best = -1;
    for (int h = 0; h < headCount; h++) {
      char[] head = heads[h];
      int start = end - head.length;
      if (headPersian[h] != persian || start < 0 || (best >= 0 && head.length <= heads[best].length)
          || !forCountry(h, country)) {
        continue;
      }
      if ((start == 0 || !WordCharacters.isWordCharacter(chars[start - 1])) && headAt(chars, start, head)) {
        best = h;
      }
    }
    return best;
  }

  /** The longest English head starting at {@code start} and ending at a word end, for this country, or -1. */
  private int longestHeadStartingAt(char[] chars, int length, int start, int country) {
    int best = -1;
    for (int h = 0; h < headCount; h++) {
      char[] head = heads[h];
      int end = start + head.length;
      if (headPersian[h] || end > length || (best >= 0 && head.length <= heads[best].length)
          || !forCountry(h, country)) {
        continue;
      }
      if ((end == length || !WordCharacters.isWordCharacter(chars[end])) && headAt(chars, start, head)) {
        best = h;
      }
    }
    return best;
  }

  private boolean forCountry(int head, int country) {
    int only = offices.headCountry(head);
    return only == OfficeTerms.ANY_COUNTRY || only == country;
  }

  /** The last mention of the list that mention {@code m} starts: countries joined by a list word or a comma. */
  private int listEnd(char[] chars, MentionBuffer mentions, int m, String[] listWords) {
    int last = m;
    while (last + 1 < mentions.count() && mentions.entity(last + 1) >= 0 && isCountry[mentions.entity(last + 1)]
        && joined(chars, mentions.end(last), mentions.start(last + 1), listWords)) {
      last++;
    }
    return last;
  }

  /** The first mention of the English list that mention {@code m} ends. */
  private int listStart(char[] chars, MentionBuffer mentions, int m) {
    int first = m;
    while (first > 0 && mentions.entity(first - 1) >= 0 && isCountry[mentions.entity(first - 1)]
        && joined(chars, mentions.end(first - 1), mentions.start(first), LIST_WORDS_ENGLISH)) {
      first--;
    }
    return first;
  }

  /** True if {@code [from, to)} is {@code ", "}, {@code " WORD "} or {@code ", WORD "} for a list word. */
  static boolean joined(char[] chars, int from, int to, String[] listWords) {
    int i = from;
    if (i < to && chars[i] == ',') {
      i++;
    }
    if (i >= to || chars[i] != ' ') {
      return false;
    }
    i++;
    if (i == to) {
      return chars[from] == ',';
    }
    if (chars[to - 1] != ' ') {
      return false;
    }
    return wordIn(chars, i, to - 1, listWords);
  }

  private static boolean startsWithWord(char[] chars, int length, int start, String word) {
    int end = start + word.length();
    return end <= length && (end == length || !WordCharacters.isWordCharacter(chars[end]))
        && regionIs(chars, start, end, word);
  }

  private static boolean headAt(char[] chars, int from, char[] word) {
    for (int i = word.length - 1; i >= 0; i--) { // from the end: heads differ there first ("... خارجه", "... جمهور")
      if (chars[from + i] != word[i]) {
        return false;
      }
    }
    return true;
  }
}
