package org.paivand.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Persian country and capital names of {@code eval/arman/places-fa.tsv}, written independently of paivand's
 * gazetteer, found as token sequences (longest first). Tokens are compared after {@link #normalize}: ARMAN still has
 * Arabic yeh and kaf and keeps ZWNJ inside tokens, and the list should not depend on either.
 *
 * <ul>
 *   <li>A one-token country name also matches with a demonym ending, then a plural or "are" ({@link #ADJECTIVES},
 *       {@link #PLURALS}): {@code لهستانی}, {@code کانادائی}, {@code آمریکائی‌اند}, {@code ایرانیان}. Capitals do not
 *       ({@code تهرانی} is also a surname).
 *   <li>Kind {@code none} marks names that hold a listed name but are no place of ours ({@code آذربایجان شرقی}, an
 *       Iranian province): found like the others, so that nothing shorter inside them is, and then dropped.
 * </ul>
 */
final class ArmanPlaceNames {
  static final char ARABIC_YEH = '\u064A';
  static final char FARSI_YEH = '\u06CC';
  static final char ARABIC_KAF = '\u0643';
  static final char KEHEH = '\u06A9';
  static final char HEH_WITH_YEH_ABOVE = '\u06C0';
  static final char HEH = '\u0647';
  static final char ZWNJ = '\u200C';
  static final char HAMZA_ABOVE = '\u0654';

  static final List<String> ADJECTIVES = List.of("", "\u06CC", "\u0627\u06CC", "\u0627\u06CC\u06CC",
      "\u0627\u0626\u06CC", "\u06CC\u06CC", "\u0626\u06CC"); // -, ی, ای, ایی, ائی, یی, ئی
  static final List<String> PLURALS = List.of("", "\u0647\u0627", "\u0647\u0627\u06CC", "\u0627\u0646",
      "\u06CC\u0627\u0646", "\u0627\u0646\u062F"); // -, ها, های, ان, یان, اند

  /** A listed name: {@code kind} is {@code country}, {@code city} (a national capital) or {@code none}. */
  record Place(String id, String kind) {}

  /** A name found at tokens {@code [start, end)}. */
  record Found(int start, int end, Place place) {}

  private final Map<String, Place> byName = new HashMap<>();
  private final Set<String> capitals = new HashSet<>();
  private int longest;

  static ArmanPlaceNames load(InputStream in) {
    ArmanPlaceNames names = new ArmanPlaceNames();
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = lines.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t");
        if (fields.length != 3 || !List.of("country", "city", "none").contains(fields[1])) {
          throw new IllegalArgumentException(
              "places-fa.tsv line " + number + " is not ID<TAB>country|city|none<TAB>NAME");
        }
        names.add(fields[0], fields[1], fields[2]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }

  private void add(String id, String kind, String name) {
    String[] tokens = name.split(" ");
    StringBuilder key = new StringBuilder();
    for (String token : tokens) {
      key.append(key.length() == 0 ? "" : " ").append(normalize(token));
    }
    Place previous = byName.put(key.toString(), new Place(id, kind));
    if (previous != null && !previous.id().equals(id)) {
      throw new IllegalArgumentException("places-fa.tsv lists " + name + " for both " + previous.id() + " and " + id);
    }
    longest = Math.max(longest, tokens.length);
    if (kind.equals("city")) {
      capitals.add(id);
    }
  }

  boolean isCapital(String id) {
    return capitals.contains(id);
  }

  /** The listed names within tokens {@code [from, to)}, scanning left to right, the longest name at each token. */
  List<Found> find(List<String> tokens, int from, int to) {
    List<Found> found = new ArrayList<>();
    int i = from;
    while (i < to) {
      Found match = null;
      for (int n = Math.min(longest, to - i); n >= 1 && match == null; n--) {
        Place place = byName.get(key(tokens, i, i + n));
        if (place == null && n == 1) {
          place = withEnding(normalize(tokens.get(i)));
        }
        if (place != null) {
          match = new Found(i, i + n, place);
        }
      }
      if (match == null) {
        i++;
      } else {
        if (!match.place().kind().equals("none")) {
          found.add(match);
        }
        i = match.end();
      }
    }
    return found;
  }

  /** The country a word names with a demonym ending and plural, or null. */
  private Place withEnding(String word) {
    for (String plural : PLURALS) {
      if (!word.endsWith(plural)) {
        continue;
      }
      String withoutPlural = word.substring(0, word.length() - plural.length());
      for (String adjective : ADJECTIVES) {
        if (adjective.length() + plural.length() == 0 || !withoutPlural.endsWith(adjective)) {
          continue;
        }
        Place place = byName.get(withoutPlural.substring(0, withoutPlural.length() - adjective.length()));
        if (place != null && place.kind().equals("country")) {
          return place;
        }
      }
    }
    return null;
  }

  private static String key(List<String> tokens, int from, int to) {
    StringBuilder key = new StringBuilder();
    for (int i = from; i < to; i++) {
      key.append(i == from ? "" : " ").append(normalize(tokens.get(i)));
    }
    return key.toString();
  }

  static String normalize(String token) {
    StringBuilder out = new StringBuilder(token.length());
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      switch (c) {
        case ARABIC_YEH -> out.append(FARSI_YEH);
        case ARABIC_KAF -> out.append(KEHEH);
        case HEH_WITH_YEH_ABOVE -> out.append(HEH);
        case ZWNJ, HAMZA_ABOVE -> { }
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
