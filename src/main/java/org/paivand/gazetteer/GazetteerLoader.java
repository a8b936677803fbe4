package org.paivand.gazetteer;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.paivand.text.TextNormalizer;

/**
 * Builds a {@link Gazetteer} from three sources, in this order:
 *
 * <ol>
 *   <li>Country names from ICU's CLDR data, in Persian and English, long and short forms ("جمهوری آذربایجان",
 *       "Azerbaijan", "Bosnia &amp; Herzegovina" and "Bosnia and Herzegovina"), with the parts of names in brackets
 *       taken apart ("Myanmar (Burma)" gives both). These are <em>generated</em> aliases.
 *   <li>{@code countries.tsv}: more names and demonyms per ISO code, and {@code remove} lines that drop a CLDR name
 *       which is also a common word (Persian {@code مالی} is "financial", {@code چک} "cheque").
 *   <li>{@code entities.tsv}: people, organizations, regions, cities and groups, and {@code block} lines.
 * </ol>
 *
 * <p>Every alias goes through {@link TextNormalizer}, the chain the text goes through, so that matching compares like
 * with like. Persian aliases with spaces also get their ZWNJ-less spellings as generated aliases ({@code قره باغ} →
 * {@code قرهباغ}): every combination up to three spaces, one space at a time beyond that. When two aliases normalize
 * to the same text for different entities, an alias written in a file beats a generated one, and two written ones are
 * an error naming both lines. Any malformed line is an error with its file and line number; nothing in the files is
 * executed.
 */
final class GazetteerLoader {
  static final String COUNTRIES = "countries.tsv";
  static final String ENTITIES = "entities.tsv";
  private static final int MAX_SPACES_FOR_ALL_JOINS = 3;
  private static final int MAX_SHORT_PERSIAN_ALIAS = 3;

  private final TextNormalizer normalizer = TextNormalizer.standard();
  private final Map<String, EntityType> types = new TreeMap<>();
  private final List<Definition> definitions = new ArrayList<>();
  private final Map<String, Set<String>> removals = new LinkedHashMap<>();
  private final Map<String, String> removalSources = new LinkedHashMap<>();

  private record Definition(
      String text, String entity, SuffixClass suffixes, String exactCase, boolean generated, String source) {}

  static Gazetteer loadStandard() {
    GazetteerLoader loader = new GazetteerLoader();
    loader.addCldrCountryNames();
    loader.readCountries(COUNTRIES, resource(COUNTRIES));
    loader.readEntities(ENTITIES, resource(ENTITIES));
    return loader.build();
  }

  /** For tests: a gazetteer from entity lines only, without CLDR names. */
  static Gazetteer fromEntityLines(String name, String lines) {
    GazetteerLoader loader = new GazetteerLoader();
    loader.readEntities(name, new java.io.StringReader(lines));
    return loader.build();
  }

  private static Reader resource(String name) {
    InputStream stream = GazetteerLoader.class.getResourceAsStream(name);
    if (stream == null) {
      throw new IllegalStateException("gazetteer resource missing from the class path: " + name);
    }
    return new InputStreamReader(stream, StandardCharsets.UTF_8);
  }

  void addCldrCountryNames() {
    for (String language : List.of("fa", "en")) {
      ULocale locale = new ULocale(language);
      LocaleDisplayNames full = LocaleDisplayNames.getInstance(locale);
      LocaleDisplayNames shortNames = LocaleDisplayNames.getInstance(locale, DisplayContext.LENGTH_SHORT);
      for (String code : ULocale.getISOCountries()) {
        types.put(code, EntityType.COUNTRY);
        Set<String> names = new java.util.LinkedHashSet<>();
        for (String name : List.of(full.regionDisplayName(code), shortNames.regionDisplayName(code))) {
          names.addAll(cldrNameForms(name));
        }
        for (String name : names) {
          definitions.add(new Definition(name, code, null, null, true, "CLDR " + language + " " + code));
        }
      }
    }
  }

  /** "Myanmar (Burma)" → both; "هنگ‌کنگ، منطقهٔ ویژهٔ اداری چین" → the part before the comma; "&amp;" → "and". */
  static List<String> cldrNameForms(String name) {
    List<String> forms = new ArrayList<>();
    String base = name;
    int open = name.indexOf(" (");
    if (open > 0 && name.endsWith(")")) {
      base = name.substring(0, open);
      forms.add(name.substring(open + 2, name.length() - 1));
    }
    int comma = base.indexOf('\u060C');
    if (comma > 0) {
      base = base.substring(0, comma);
    }
    forms.add(0, base);
    if (base.contains(" & ")) {
      forms.add(base.replace(" & ", " and "));
    }
    return forms;
  }

  void readCountries(String name, Reader reader) {
    forEachLine(name, reader, (fields, source) -> {
      requireFields(fields, 3, 4, source, "CODE<TAB>LANG<TAB>ALIAS[<TAB>FLAGS]");
      String code = fields[0];
      if (!code.matches("[A-Z]{2}")) {
        throw error(source, "country code must be two capital letters (ISO 3166-1 alpha-2), got '" + code + "'");
      }
      requireLanguage(fields[1], source);
      Flags flags = Flags.parse(fields.length > 3 ? fields[3] : "", source);
      types.put(code, EntityType.COUNTRY);
      if (flags.remove()) {
        removals.computeIfAbsent(code, k -> new HashSet<>()).add(normalize(fields[2], source));
        removalSources.put(code + "\t" + normalize(fields[2], source), source);
      } else {
        definitions.add(new Definition(fields[2], code, flags.suffixes(), flags.exactCase(fields[2]), false, source));
      }
    });
  }

  void readEntities(String name, Reader reader) {
    forEachLine(name, reader, (fields, source) -> {
      requireFields(fields, 4, 5, source, "ID<TAB>TYPE<TAB>LANG<TAB>ALIAS[<TAB>FLAGS]");
      String id = fields[0];
      String type = fields[1];
      requireLanguage(fields[2], source);
      Flags flags = Flags.parse(fields.length > 4 ? fields[4] : "", source);
      if (type.equals("block")) {
        definitions.add(new Definition(fields[3], null, flags.suffixes(), null, false, source));
        return;
      }
      EntityType entityType;
      try {
        entityType = EntityType.parse(type);
      } catch (IllegalArgumentException e) {
        throw error(source, "unknown type '" + type + "'; use one of country, person, organization, region, city,"
            + " group, block");
      }
      boolean country = entityType == EntityType.COUNTRY;
      if (country ? !id.matches("[A-Z]{2}") : !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
        throw error(source, "bad id '" + id + "': countries use ISO codes (IR), others lowercase slugs (minsk-group)");
      }
      EntityType known = types.putIfAbsent(id, entityType);
      if (known != null && known != entityType) {
        throw error(source, "id '" + id + "' was declared as " + known.label() + " before, here as " + type);
      }
      definitions.add(new Definition(fields[3], id, flags.suffixes(), flags.exactCase(fields[3]), false, source));
    });
  }

  Gazetteer build() {
    checkRemovalsMatched();
    List<Entity> entities = new ArrayList<>();
    Map<String, Integer> index = new LinkedHashMap<>();
    for (Map.Entry<String, EntityType> entry : types.entrySet()) { // TreeMap: sorted by id, code point order
      index.put(entry.getKey(), entities.size());
      entities.add(new Entity(entry.getKey(), entry.getValue()));
    }
    Map<String, Definition> byText = new LinkedHashMap<>();
    for (Definition definition : definitions) {
      String text = normalize(definition.text(), definition.source());
      if (definition.generated() && removals.getOrDefault(definition.entity(), Set.of()).contains(text)) {
        continue;
      }
      for (String spelling : spellings(text)) {
        boolean generated = definition.generated() || !spelling.equals(text);
        place(byText, new Definition(spelling, definition.entity(), definition.suffixes(), definition.exactCase(),
            generated, definition.source()));
      }
    }
    List<Alias> aliases = new ArrayList<>();
    for (Definition definition : byText.values()) {
      int entity = definition.entity() == null ? Alias.BLOCK : index.get(definition.entity());
      SuffixClass suffixes = definition.suffixes() != null ? definition.suffixes() : defaultSuffixes(definition.text());
      aliases.add(new Alias(definition.text(), entity, suffixes, definition.exactCase(), definition.generated()));
    }
    return new Gazetteer(entities, aliases);
  }

  private void checkRemovalsMatched() {
    Set<String> present = new HashSet<>();
    for (Definition definition : definitions) {
      if (definition.generated()) {
        present.add(definition.entity() + "\t" + normalize(definition.text(), definition.source()));
      }
    }
    for (Map.Entry<String, String> removal : removalSources.entrySet()) {
      if (!present.contains(removal.getKey())) {
        throw error(removal.getValue(), "'remove' names no CLDR name of that country: nothing to remove");
      }
    }
  }

  private static void place(Map<String, Definition> byText, Definition candidate) {
    Definition existing = byText.get(candidate.text());
    if (existing == null) {
      byText.put(candidate.text(), candidate);
      return;
    }
    if (java.util.Objects.equals(existing.entity(), candidate.entity())) {
      if (existing.generated() && !candidate.generated()) {
        byText.put(candidate.text(), candidate);
      }
      return;
    }
    if (existing.generated() && !candidate.generated()) {
      byText.put(candidate.text(), candidate);
    } else if (!existing.generated() && !candidate.generated()) {
      throw error(candidate.source(), "alias '" + candidate.text() + "' is also an alias of "
          + (existing.entity() == null ? "a block line" : existing.entity()) + " at " + existing.source());
    }
  }

  /** The alias itself and, for Persian aliases with spaces, the spellings that lost their ZWNJ. */
  static List<String> spellings(String text) {
    if (!EntityMatcher.isPersian(text) || text.indexOf(' ') < 0) {
      return List.of(text);
    }
    List<Integer> spaces = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == ' ') {
        spaces.add(i);
      }
    }
    List<String> result = new ArrayList<>();
    result.add(text);
    if (spaces.size() <= MAX_SPACES_FOR_ALL_JOINS) {
      for (int mask = 1; mask < (1 << spaces.size()); mask++) {
        StringBuilder joined = new StringBuilder(text);
        for (int s = spaces.size() - 1; s >= 0; s--) {
          if ((mask & (1 << s)) != 0) {
            joined.deleteCharAt(spaces.get(s));
          }
        }
        result.add(joined.toString());
      }
    } else {
      for (int space : spaces) {
        result.add(text.substring(0, space) + text.substring(space + 1));
      }
    }
    return result;
  }

  private static SuffixClass defaultSuffixes(String text) {
    boolean shortPersianWord = EntityMatcher.isPersian(text) && text.indexOf(' ') < 0
        && text.length() <= MAX_SHORT_PERSIAN_ALIAS;
    return shortPersianWord ? SuffixClass.PLURAL : SuffixClass.ALL;
  }

  private String normalize(String alias, String source) {
    String text = normalizer.normalize(alias);
    if (text.isEmpty() || text.indexOf('\n') >= 0) {
      throw error(source, "alias '" + alias + "' is empty or spans lines after normalization");
    }
    return text;
  }

  private interface LineHandler {
    void handle(String[] fields, String source);
  }

  private static void forEachLine(String name, Reader reader, LineHandler handler) {
    try (BufferedReader lines = new BufferedReader(reader)) {
      String line;
      int number = 0;
      while ((line = lines.readLine()) != null) {
        number++;
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t", -1);
        for (int i = 0; i < fields.length; i++) {
          fields[i] = fields[i].strip();
        }
        handler.handle(fields, name + ":" + number);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer file " + name, e);
    }
  }

  private static void requireFields(String[] fields, int min, int max, String source, String format) {
    if (fields.length < min || fields.length > max) {
      throw error(source, "expected " + format + " (tab-separated), got " + fields.length + " field(s)");
    }
    for (int i = 0; i < min; i++) {
      if (fields[i].isEmpty()) {
        throw error(source, "field " + (i + 1) + " is empty; expected " + format);
      }
    }
  }

  private static void requireLanguage(String language, String source) {
    if (!language.equals("fa") && !language.equals("en")) {
      throw error(source, "language must be 'fa' or 'en', got '" + language + "'");
    }
  }

  static GazetteerFormatException error(String source, String message) {
    return new GazetteerFormatException(source + ": " + message);
  }
}
