package org.paivand.gazetteer;

import org.paivand.text.NormalizedText;
import static org.paivand.text.WordCharacters.wordEnd;
import static org.paivand.text.WordCharacters.wordIn;
import static org.paivand.text.WordCharacters.wordStart;

import org.paivand.text.WordCharacters;

/**
 * A cheap check of the words around a hit, for the few aliases that are also common words or names; chosen per alias
 * with the flag {@code context=NAME}. A rule runs only on a hit that passed the word-boundary and ending checks (a
 * few per thousand characters), reads at most {@link #WINDOW} words on each side within the same sentence, compares them
 * with short fixed word lists and allocates nothing.
 *
 * <ul>
 *   <li>{@code lowercase-us} (on {@code us}): the United States where the text shows {@code US}; in text without
 *       capitals (the lowercased headlines of abcnews) {@code us} is the United States unless {@code let} comes
 *       before it. In cased text a lowercase {@code us} is the pronoun.
 *   <li>{@code not-us-state} (on {@code georgia}): not the country when a word of US politics or geography is near:
 *       {@code atlanta}, {@code governor}, {@code senate}, {@code county}, {@code (ga)}, a neighbouring state ...
 *   <li>{@code not-first-name} (on {@code jordan}, {@code chad}): not the country when the original shows the name
 *       capitalized and the next word capitalized too ({@code Jordan Peterson}), unless that next word is one a
 *       country is followed by ({@code Jordan King Abdullah}, {@code Chad President}); in any case not after
 *       {@code michael}.
 *   <li>{@code not-food} (on {@code turkey}): not the country when a food word is near: {@code thanksgiving},
 *       {@code roast}, {@code dinner}, {@code sandwich}, {@code stuffing}, {@code pardon} ...
 *   <li>{@code possessive} (on {@code turkeys}, the apostrophe-stripped {@code turkey's} of lowercased headlines): the
 *       country only when a word follows that is not a function word ({@code turkeys eu bid}, not {@code market for
 *       turkeys}), and no food word is near.
 *   <li>{@code not-language} (on {@code english}): not the country when the language is meant: {@code english
 *       language}, {@code lessons}, {@code teacher}, {@code speaking} ... right after.
 *   <li>{@code nuclear} (on {@code korean} for North Korea): only when a word of the nuclear crisis is near
 *       ({@code crisis}, {@code nuclear}, {@code missile}, {@code pyongyang} ...).
 *   <li>{@code cue} (ambiguous Persian names): decided by {@link NameCues}.
 * </ul>
 *
 * <p>{@code not-first-name} and {@code not-us-state} also turn the name down near words of the sports that share it
 * ({@code nba}, {@code 76ers}; the Jordan team of Formula One; golf in Georgia): see {@link #SPORT_WORDS}.
 */
public enum ContextRule {
  NONE("none"),
  LOWERCASE_US("lowercase-us"),
  NOT_US_STATE("not-us-state"),
  NOT_FIRST_NAME("not-first-name"),
  NOT_FOOD("not-food"),
  POSSESSIVE("possessive"),
  NOT_LANGUAGE("not-language"),
  NUCLEAR("nuclear"),
  /** An ambiguous name, taken only with a cue that it is the name: decided by {@link NameCues}, not by {@link #accepts}. */
  CUE("cue");

  /** How many words on each side a rule looks at. */
  static final int WINDOW = 3;
  /** How far (in characters) {@code lowercase-us} looks for a capital letter on the hit's line. */
  static final int CASE_SCAN = 300;

  static final String[] US_STATE_WORDS = {"atlanta", "savannah", "macon", "augusta", "governor", "gov", "senate",
      "senator", "senators", "sen", "legislature", "lawmakers", "county", "counties", "primary", "runoff", "ga",
      "republican", "republicans", "democrat", "democrats", "democratic", "gop", "voters", "ballots", "recount",
      "bulldogs", "falcons", "braves", "hawks", "peach", "alabama", "florida", "tennessee", "carolina", "kemp",
      "warnock", "ossoff", "raffensperger", "loeffler", "perdue", "fulton", "usa", "executes", "executed",
      "execution", "inmate"};
  static final String[] COUNTRY_FOLLOWERS = {"king", "queen", "prince", "president", "prime", "foreign", "army",
      "government", "minister", "ministry", "river", "valley", "border", "embassy", "times", "says", "said", "and"};
  static final String[] FIRST_NAME_BEFORE = {"michael", "eddie", "ian", "katie", "vernon", "henderson"};
  static final String[] FOOD_WORDS = {"thanksgiving", "roast", "roasted", "roasting", "dinner", "dinners",
      "sandwich", "sandwiches", "stuffing", "gravy", "carve", "carving", "carved", "feast", "leftover", "leftovers",
      "recipe", "recipes", "brine", "brined", "fried", "fryer", "fryers", "pardon", "pardons", "pardoned", "meat",
      "breast", "christmas", "ham", "gobble", "cranberry", "oven", "cooking", "cooked", "bacon", "deli", "burger",
      "burgers", "wild", "drumstick", "drumsticks", "butterball", "baster", "sliced"};
  static final String[] BEFORE_PRONOUN_US = {"let", "lets"};
  static final String[] SPORT_WORDS = {"nba", "76ers", "wizards", "bulls", "basketball", "f1", "formula", "prix",
      "verstappen", "heidfeld", "fisichella", "frentzen", "pizzonia", "baumgartner", "firman", "wgc", "pga", "golf",
      "woods", "els"};
  static final String[] FUNCTION_WORDS = {"for", "and", "or", "to", "in", "on", "at", "are", "were", "was", "is",
      "the", "a", "of", "with", "from", "as", "by", "report", "farm", "farms", "farmers", "flock", "flocks"};
  static final String[] LANGUAGE_WORDS = {"language", "languages", "lessons", "lesson", "classes", "class", "teacher",
      "teachers", "teaching", "test", "tests", "speaking", "speakers", "speaker", "literacy", "skills", "grammar",
      "literature", "translation", "version", "subtitles", "words", "word", "tuition", "course", "courses"};
  static final String[] NUCLEAR_WORDS = {"crisis", "nuclear", "nuke", "nukes", "missile", "missiles", "weapons",
      "standoff", "pyongyang", "reactor", "uranium", "plutonium", "kim", "six"};

  private final String label;

  ContextRule(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  static ContextRule parse(String label) {
    for (ContextRule rule : values()) {
      if (rule.label.equals(label)) {
        return rule;
      }
    }
    throw new IllegalArgumentException(label);
  }

  /**
   * True if the hit {@code [start, end)} (normalized offsets, {@code end} at the alias end) is the entity here.
   * {@code original} is the text {@code text} was normalized from.
   */
  boolean accepts(CharSequence original, NormalizedText text, int start, int end) {
    char[] chars = text.chars();
    int length = text.length();
    return switch (this) {
      case NONE -> true;
      case LOWERCASE_US -> acceptsUs(original, text, start, end);
      case NOT_US_STATE -> !near(chars, length, start, end, US_STATE_WORDS)
          && !near(chars, length, start, end, SPORT_WORDS);
      case NOT_FOOD -> !near(chars, length, start, end, FOOD_WORDS);
      case POSSESSIVE -> !near(chars, length, start, end, FOOD_WORDS) && possessedWordFollows(chars, length, end);
      case NOT_LANGUAGE -> !nextWordIn(chars, length, end, LANGUAGE_WORDS);
      case NUCLEAR -> near(chars, length, start, end, NUCLEAR_WORDS);
      case NOT_FIRST_NAME -> !looksLikeFirstName(original, text, start, end)
          && !near(chars, length, start, end, SPORT_WORDS);
      case CUE -> throw new IllegalStateException("context=cue is decided by NameCues after overlaps are resolved");
    };
  }

  private static boolean acceptsUs(CharSequence original, NormalizedText text, int start, int end) {
    int from = text.originStart(start);
    int to = text.originEnd(end);
    if (to - from == 2 && original.charAt(from) == 'U' && original.charAt(from + 1) == 'S') {
      return true;
    }
    if (hasCapitalOnLine(original, from, to)) {
      return false;
    }
    int previousEnd = previousWordEnd(text.chars(), start);
    return previousEnd < 0 || !wordIn(text.chars(), wordStart(text.chars(), previousEnd), previousEnd,
        BEFORE_PRONOUN_US);
  }

  private static boolean possessedWordFollows(char[] chars, int length, int end) {
    return nextWordStart(chars, length, end) >= 0 && !nextWordIn(chars, length, end, FUNCTION_WORDS);
  }

  private static boolean nextWordIn(char[] chars, int length, int end, String[] words) {
    int nextStart = nextWordStart(chars, length, end);
    return nextStart >= 0 && wordIn(chars, nextStart, wordEnd(chars, length, nextStart), words);
  }

  private static boolean hasCapitalOnLine(CharSequence original, int from, int to) {
    for (int i = from - 1; i >= 0 && i >= from - CASE_SCAN && original.charAt(i) != '\n'; i--) {
      if (Character.isUpperCase(original.charAt(i))) {
        return true;
      }
    }
    for (int i = to; i < original.length() && i < to + CASE_SCAN && original.charAt(i) != '\n'; i++) {
      if (Character.isUpperCase(original.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean looksLikeFirstName(CharSequence original, NormalizedText text, int start, int end) {
    char[] chars = text.chars();
    int previousEnd = previousWordEnd(chars, start);
    if (previousEnd >= 0 && wordIn(chars, wordStart(chars, previousEnd), previousEnd, FIRST_NAME_BEFORE)) {
      return true;
    }
    int nextStart = nextWordStart(chars, text.length(), end);
    if (nextStart < 0 || nextStart - end != 1 || chars[end] != ' ') {
      return false; // a comma, a full stop or a line break between: a list or a sentence end, not a full name
    }
    int nextEnd = wordEnd(chars, text.length(), nextStart);
    if (wordIn(chars, nextStart, nextEnd, COUNTRY_FOLLOWERS)) {
      return false;
    }
    return Character.isUpperCase(original.charAt(text.originStart(start)))
        && Character.isUpperCase(original.charAt(text.originStart(nextStart)));
  }

  /** True if one of the {@link #WINDOW} words before {@code start} or after {@code end} is in {@code words}. */
  private static boolean near(char[] chars, int length, int start, int end, String[] words) {
    int position = start;
    for (int w = 0; w < WINDOW; w++) {
      int previousEnd = previousWordEnd(chars, position);
      if (previousEnd < 0) {
        break;
      }
      position = wordStart(chars, previousEnd);
      if (wordIn(chars, position, previousEnd, words)) {
        return true;
      }
    }
    position = end;
    for (int w = 0; w < WINDOW; w++) {
      int nextStart = nextWordStart(chars, length, position);
      if (nextStart < 0) {
        break;
      }
      position = wordEnd(chars, length, nextStart);
      if (wordIn(chars, nextStart, position, words)) {
        return true;
      }
    }
    return false;
  }

  /** End of the word before {@code position} in the same sentence (no line break or . ! ? ; between), or -1. */
  static int previousWordEnd(char[] chars, int position) {
    for (int i = position - 1; i >= 0; i--) {
      char c = chars[i];
      if (endsSentence(c)) {
        return -1;
      }
      if (WordCharacters.isWordCharacter(c)) {
        return i + 1;
      }
    }
    return -1;
  }

  private static boolean endsSentence(char c) {
    return c == '\n' || c == '.' || c == '!' || c == '?' || c == ';';
  }

  /** Start of the word after {@code position} in the same sentence, or -1; the rest of a word there is skipped. */
  static int nextWordStart(char[] chars, int length, int position) {
    int i = wordEnd(chars, length, position);
    for (; i < length; i++) {
      char c = chars[i];
      if (endsSentence(c)) {
        return -1;
      }
      if (WordCharacters.isWordCharacter(c)) {
        return i;
      }
    }
    return -1;
  }
}
