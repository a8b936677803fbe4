package org.paivand.gazetteer;

import static org.paivand.gazetteer.ContextRule.nextWordStart;
import static org.paivand.gazetteer.ContextRule.previousWordEnd;
import static org.paivand.text.WordCharacters.wordEnd;
import static org.paivand.text.WordCharacters.wordIn;
import static org.paivand.text.WordCharacters.wordOneSpaceAfter;
import static org.paivand.text.WordCharacters.wordStart;

/**
 * The cues that decide a name the gazetteer marks ambiguous ({@code context=cue}): a Persian surname or place name
 * that is also a common word ({@code روحانی} "cleric", {@code المان} "monument", {@code صالحی}). Such a name is taken
 * only with a cue that it is the name, and never with a cue that it is the word:
 *
 * <ul>
 *   <li>the word: a determiner before ({@code این}, {@code یک}, {@code هر} ...), a noun's plural or indefinite
 *       ending after, glued or as a separate word ({@code المان ها}), or a copula or light verb right after
 *       ({@code متکی است}); checked where the hit is found;
 *   <li>the name: the spelling the gazetteer writes for it, where the flag {@code case=exact} goes with
 *       {@code context=cue} ({@code آلمان} with its madda is Germany; {@code المان} needs a cue);
 *   <li>a person: it opens a sentence or clause (an adjective follows its noun, so it is not the adjective), or a title or a word such as {@code سفر} ("the visit of") right before ({@code آقای}, {@code دکتر}, {@code حجت الاسلام}, {@code رئیس جمهور}, {@code وزیر}
 *       ...), a verb of speech right after ({@code گفت}, {@code افزود}, {@code با بیان}, {@code :} ...), or the person's
 *       country named in the same sentence;
 *   <li>a country or place: opening a dateline ({@code رم ـ ایرنا :}), its adjective ending written apart ({@code کره‌ای} "Korean"), a word that governs a
 *       country right before ({@code کشور}, {@code دولت}, {@code سفیر},
 *       {@code مردم}, {@code در} ...), or another country or city next to it in a list ({@code فرانسه، المان و
 *       ایتالیا}, {@code تهران - رم} is not a list but {@code تهران و رم} is);
 *   <li>either: the same entity found by one of its unambiguous names anywhere in the text ({@code حسن روحانی ...
 *       روحانی گفت}).
 * </ul>
 *
 * <p>Runs on the few hits of ambiguous names only; compares words with short fixed lists and allocates nothing.
 */
final class NameCues {
  /** What decided a hit; {@link #NONE} means no cue either way, and an ambiguous name is then not taken. */
  static final int NONE = 0;
  static final int DETERMINER_BEFORE = 1;
  static final int NOUN_ENDING_AFTER = 2;
  static final int TITLE_BEFORE = 3;
  static final int SPEECH_AFTER = 4;
  static final int COUNTRY_IN_SENTENCE = 5;
  static final int COUNTRY_WORD_BEFORE = 6;
  static final int COUNTRY_IN_LIST = 7;
  static final int UNAMBIGUOUS_NAME_IN_TEXT = 8;
  static final int PREDICATE_AFTER = 9;
  static final int EXACT_SPELLING = 10;
  static final int COMPOUND = 11;
  static final int SENTENCE_START = 12;
  static final int ADJECTIVE_AFTER = 13;
  static final int DATELINE = 14;

  /** A copula or light verb right after: the word is a predicate adjective or noun ({@code متکی است} "relies"). */
  static final String[] PREDICATES = normalized("است", "بود", "باشد", "نیست", "نبود", "نباشد", "هست", "هستند", "بودند",
      "باشند", "شد", "شده", "شود", "شوند", "کرد", "کند", "کرده", "کنند", "کردند", "گردید", "گردد");
  /** The adjective ending of a place written apart ({@code کره‌ای} "Korean", the ZWNJ made a space). */
  static final String[] ADJECTIVE_WORDS = {"ای", "ی", "یی"};
  static final String[] DETERMINERS = normalized("این", "آن", "یک", "هر", "چند", "همین", "همان", "چنین", "هیچ", "اين");
  /** The word right before a person's name that makes it a name: titles, and the last word of longer titles. */
  static final String[] TITLES = normalized("آقای", "خانم", "دکتر", "مهندس", "سید", "الاسلام", "المسلمین", "الله", "العظمی",
      "جمهور", "جمهوری", "وزیر", "خارجه", "نخست", "سفیر", "سرکار", "جناب", "ژنرال", "سردار", "صدراعظم", "اعظم",
      "پرزیدنت", "شیخ", "حاج", "استاد", "رئیس", "دبیرکل", "سخنگوی", "سفر", "سخنان", "اظهارات", "پیام", "نامه",
      "دیدار", "گفتگوی", "مصاحبه", "همتای", "همتایش");
  /** The word right after a person's name that makes it a name: verbs of speech and of acts reported in news. */
  static final String[] SPEECH = normalized("گفت", "افزود", "اظهار", "اظهارداشت", "تاکید", "تصریح", "خاطرنشان", "ادامه",
      "یادآور", "یادآوری", "اعلام", "گفته", "افزوده", "نوشت", "پاسخ", "سخنرانی", "دیدار", "گفتگو", "ابراز",
      "هشدار", "انتقاد", "تکذیب", "پیشنهاد", "درخواست", "وارد", "عازم");
  /** After {@code با}: {@code روحانی با بیان این که ...}. */
  static final String[] AFTER_WITH = normalized("بیان", "اشاره", "تاکید", "انتقاد", "ابراز");
  static final String[] WITH = normalized("با");
  /** The word right before a name that makes it a country (or a place standing for one). */
  static final String[] COUNTRY_WORDS = normalized("کشور", "کشورهای", "دولت", "دولتهای", "مردم", "سفیر", "سفارت",
      "سفارتخانه", "پایتخت", "ملت", "ارتش", "پادشاهی", "صدراعظم", "خارجه", "سفر", "مقامات", "رهبران", "نیروهای",
      "در", "جزیره", "اقتصاد", "تیم", "ملی", "پادشاه", "توافق", "نشست", "اجلاس", "کنفرانس", "مذاکرات",
      "بیانیه", "شهر", "باشگاه");

  private NameCues() {}

  /** The words as the matcher sees them: normalized like the text ({@code آقای} is {@code اقای}). */
  private static String[] normalized(String... words) {
    String[] result = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      result[i] = org.paivand.text.TextNormalizer.standard().normalize(words[i]);
    }
    return result;
  }

  /** A cue that the hit {@code [start, end)} is the word, not the name, or {@link #NONE}. */
  static int againstName(char[] chars, int length, int start, int end) {
    int previousEnd = previousWordEnd(chars, start);
    if (previousEnd >= 0 && wordIn(chars, wordStart(chars, previousEnd), previousEnd, DETERMINERS)) {
      return DETERMINER_BEFORE;
    }
    return wordAfter(chars, length, end);
  }

  /** A noun's ending ({@link #NOUN_ENDING_AFTER}) or a copula ({@link #PREDICATE_AFTER}) right after, or NONE. */
  static int wordAfter(char[] chars, int length, int end) {
    if (nounEndingFollows(chars, length, end, false)) {
      return NOUN_ENDING_AFTER;
    }
    return nextWordIn(chars, length, end, PREDICATES) ? PREDICATE_AFTER : NONE;
  }

  /**
   * True if a noun's ending follows {@code end} as a separate word: after a person's name a plural or an indefinite
   * {@code ی} ({@code پوتین ها}); after another name only a plural, since {@code ی}, {@code ای} there make the
   * adjective of a place ({@code کره‌ای} "Korean").
   */
  static boolean nounEndingFollows(char[] chars, int length, int end, boolean personName) {
    return nextWordIn(chars, length, end,
        personName ? WordEndings.PERSIAN_NOUN_ENDING_WORDS : WordEndings.PERSIAN_PLURAL_WORDS);
  }

  /** True if the word one space after {@code end} (a ZWNJ became that space) is one of {@code words}. */
  private static boolean nextWordIn(char[] chars, int length, int end, String[] words) {
    int next = wordOneSpaceAfter(chars, length, end);
    return next >= 0 && wordIn(chars, next, wordEnd(chars, length, next), words);
  }

  /** A title before or a verb of speech after the person's name {@code [start, end)}, or {@link #NONE}. */
  static int forPerson(char[] chars, int length, int start, int end) {
    if (startsClause(chars, start)) {
      return SENTENCE_START;
    }
    int previousEnd = previousWordEnd(chars, start);
    if (previousEnd >= 0 && wordIn(chars, wordStart(chars, previousEnd), previousEnd, TITLES)) {
      return TITLE_BEFORE;
    }
    if (end < length && chars[end] == ':') {
      return SPEECH_AFTER;
    }
    int nextStart = nextWordStart(chars, length, end);
    if (nextStart < 0) {
      return NONE;
    }
    int nextEnd = wordEnd(chars, length, nextStart);
    if (wordIn(chars, nextStart, nextEnd, SPEECH)) {
      return SPEECH_AFTER;
    }
    if (wordIn(chars, nextStart, nextEnd, WITH)) {
      int afterStart = nextWordStart(chars, length, nextEnd);
      if (afterStart >= 0 && wordIn(chars, afterStart, wordEnd(chars, length, afterStart), AFTER_WITH)) {
        return SPEECH_AFTER;
      }
    }
    return NONE;
  }

  /** A word that governs a country right before {@code start}, or {@link #NONE}. */
  static int forPlace(char[] chars, int length, int start, int end) {
    int previousEnd = previousWordEnd(chars, start);
    if (previousEnd >= 0 && wordIn(chars, wordStart(chars, previousEnd), previousEnd, COUNTRY_WORDS)) {
      return COUNTRY_WORD_BEFORE;
    }
    return nextWordIn(chars, length, end, ADJECTIVE_WORDS) ? ADJECTIVE_AFTER : NONE;
  }

  /**
   * True if the hit opens a sentence or a clause (nothing but spaces and quotes after a sentence end, a colon or a
   * comma): a Persian adjective follows its noun, so a word that opens a clause is a noun or a name, and as subject
   * most often the person ({@code ظریف و نهاوندیان تهران را ... ترک کردند}). Not a cue for places: a noun that
   * opens a title is as likely ({@code المان میدان ۹ دی} "the monument of 9 Dey square").
   */
  static boolean startsClause(char[] chars, int start) {
    for (int i = start - 1; i >= 0; i--) {
      char c = chars[i];
      if (c == ' ' || c == '«' || c == '"' || c == '\'' || c == '(' || c == '-') {
        continue;
      }
      return c == '\n' || c == '.' || c == '!' || c == '?' || c == '؟' || c == ':' || c == '،' || c == ',';
    }
    return true;
  }

  /**
   * True if the place opens its clause and a dash follows it in the original, as in a news dateline ({@code رم ـ
   * ایرنا :}, "Rome - IRNA:"); the original, since the normalizer removes the tatweel {@code ـ}.
   */
  static boolean opensDateline(char[] chars, int start, CharSequence original, int originalEnd) {
    if (!startsClause(chars, start)) {
      return false;
    }
    for (int i = originalEnd; i < original.length(); i++) {
      char c = original.charAt(i);
      if (c != ' ') {
        return c == 'ـ' || c == '-' || c == '–' || c == '—';
      }
    }
    return false;
  }

  /** True if only list separators (spaces, commas, {@code و}) stand between {@code from} and {@code to}. */
  static boolean listBetween(char[] chars, int from, int to) {
    if (to - from > 4) {
      return false;
    }
    boolean separated = false;
    for (int i = from; i < to; i++) {
      char c = chars[i];
      if (c == '،' || c == ',' || c == 'و') {
        separated = true;
      } else if (c != ' ') {
        return false;
      }
    }
    return separated;
  }

  /** True if no sentence ends between {@code from} and {@code to}. */
  static boolean sameSentence(char[] chars, int from, int to) {
    for (int i = Math.min(from, to); i < Math.max(from, to); i++) {
      char c = chars[i];
      if (c == '\n' || c == '.' || c == '!' || c == '?' || c == ';' || c == '؟') {
        return false;
      }
    }
    return true;
  }

  /** A short name of what decided a hit, for counting rules ({@code paivand eval --rules}). */
  static String label(int cue, boolean rejected) {
    return switch (cue) {
      case DETERMINER_BEFORE -> "cue against: determiner before";
      case NOUN_ENDING_AFTER -> "noun ending after";
      case PREDICATE_AFTER -> "cue against: copula after";
      case COMPOUND -> "second half of a compound";
      case EXACT_SPELLING -> "cue: exact spelling";
      case TITLE_BEFORE -> "cue: title before";
      case SPEECH_AFTER -> "cue: verb of speech after";
      case COUNTRY_IN_SENTENCE -> "cue: the person's country in the sentence";
      case COUNTRY_WORD_BEFORE -> "cue: country word before";
      case COUNTRY_IN_LIST -> "cue: a list of places";
      case UNAMBIGUOUS_NAME_IN_TEXT -> "cue: unambiguous name in the text";
      case SENTENCE_START -> "cue: opens a clause";
      case ADJECTIVE_AFTER -> "cue: adjective ending after";
      case DATELINE -> "cue: dateline";
      default -> rejected ? "cue: none" : "";
    };
  }

  /** For {@code extract --format text}: the cue in words, with the word that gave it. */
  static String describe(int cue, char[] chars, int length, int start, int end) {
    return switch (cue) {
      case DETERMINER_BEFORE -> "cue: determiner '" + previousWord(chars, start) + "' before: the common word";
      case NOUN_ENDING_AFTER -> "cue: a noun's ending '" + nextWord(chars, length, end) + "' after: the common word";
      case PREDICATE_AFTER -> "cue: the verb '" + nextWord(chars, length, end) + "' right after: a predicate, the common"
          + " word";
      case EXACT_SPELLING -> "cue: spelled exactly as the gazetteer writes it";
      case COMPOUND -> "cue: joined by a ZWNJ to the word before: the second half of a compound";
      case SENTENCE_START -> "cue: opens the sentence or clause (an adjective would follow a noun)";
      case ADJECTIVE_AFTER -> "cue: the adjective ending '" + nextWord(chars, length, end) + "' written apart";
      case DATELINE -> "cue: a dateline (the place, a dash, the agency)";
      case TITLE_BEFORE -> "cue: title '" + previousWord(chars, start) + "' before";
      case SPEECH_AFTER -> "cue: '" + (end < length && chars[end] == ':' ? ":" : nextWord(chars, length, end))
          + "' after";
      case COUNTRY_IN_SENTENCE -> "cue: the person's country in the sentence";
      case COUNTRY_WORD_BEFORE -> "cue: '" + previousWord(chars, start) + "' before";
      case COUNTRY_IN_LIST -> "cue: another country next to it in a list";
      case UNAMBIGUOUS_NAME_IN_TEXT -> "cue: the same entity by an unambiguous name in the text";
      default -> "no cue: an ambiguous name needs a title, a verb of speech, its country or its full name nearby";
    };
  }

  private static String previousWord(char[] chars, int start) {
    int previousEnd = previousWordEnd(chars, start);
    return previousEnd < 0 ? "" : new String(chars, wordStart(chars, previousEnd), previousEnd
        - wordStart(chars, previousEnd));
  }

  private static String nextWord(char[] chars, int length, int end) {
    int nextStart = nextWordStart(chars, length, end);
    return nextStart < 0 ? "" : new String(chars, nextStart, wordEnd(chars, length, nextStart) - nextStart);
  }
}
