package org.paivand.gazetteer;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.paivand.text.TextNormalizer;

/**
 * Builds a {@link Gazetteer} from its sources, in this order, each a <em>level</em> that overrides the ones before:
 *
 * <ol>
 *   <li>Country names from ICU's CLDR data, in Persian and English, long and short forms ("جمهوری آذربایجان",
 *       "Azerbaijan", "Bosnia &amp; Herzegovina" and "Bosnia and Herzegovina"), with the parts of names in brackets
 *       taken apart ("Myanmar (Burma)" gives both). These are <em>generated</em> aliases.
 *   <li>The standard files {@code countries.tsv} (more names, demonyms, and {@code [remove]} for CLDR names that are
 *       common words), {@code entities.tsv} (people, organizations, regions, cities, groups, blocks) and
 *       {@code capitals.tsv} (national capitals).
 *   <li>Each file given with {@code --gazetteer}, in order.
 * </ol>
 *
 * <p>The role data ({@code offices.tsv}, {@code terms.tsv} and the {@code --gazetteer} files that start with the
 * terms header) is read last, by {@link OfficeTermsLoader}, because a term names entities of all the levels.
 *
 * <p>All files share one format, documented in docs/gazetteer.md: one entity per line,
 * {@code ID<TAB>KIND<TAB>PARENT<TAB>PERSIAN NAMES<TAB>ENGLISH NAMES}, names separated by {@code |}, each optionally
 * followed by {@link Flags} in brackets. Several lines may name the same id: their names add up.
 *
 * <p>Every alias goes through {@link TextNormalizer}, the chain the text goes through, so that matching compares like
 * with like. Persian aliases with spaces also get their ZWNJ-less spellings as generated aliases ({@code قره باغ} →
 * {@code قرهباغ}): every combination up to three spaces, one space at a time beyond that. When two aliases normalize
 * to the same text for different entities, the later level wins, and within a level a written alias beats a generated
 * one; two written ones in the same level are an error naming both lines. Any malformed line is an error with its
 * file and line number; nothing in the files is executed.
 */
final class GazetteerLoader {
  static final String COUNTRIES = "countries.tsv";
  static final String ENTITIES = "entities.tsv";
  static final String CAPITALS = "capitals.tsv";
  static final String FORMAT = "ID<TAB>KIND<TAB>PARENT<TAB>PERSIAN NAMES[<TAB>ENGLISH NAMES]";
  static final int CLDR_LEVEL = 0;
  static final int STANDARD_LEVEL = 1;
  private static final int MAX_SPACES_FOR_ALL_JOINS = 3;
  private static final int MAX_SHORT_PERSIAN_ALIAS = 3;

  private final TextNormalizer normalizer = TextNormalizer.standard();
  private final Map<String, EntityType> types = new TreeMap<>();
  private final Map<String, String> typeSources = new HashMap<>();
  private final Map<String, Parent> parents = new HashMap<>();
  private final List<Definition> definitions = new ArrayList<>();
  private final List<Removal> removals = new ArrayList<>();

  private record Definition(String text, String entity, SuffixClass suffixes, String exactCase, ContextRule context,
      boolean generated, String source, int level) {
    int priority() {
      return level * 2 + (generated ? 0 : 1);
    }
  }

  private record Removal(String entity, String text, String source, int level) {}

  private record Parent(String id, String source, int level) {}

  static Gazetteer loadStandard() {
    return load(List.of());
  }

  /** The standard gazetteer with {@code files} applied on top, in order. */
  static Gazetteer load(List<GazetteerSource> files) {
    GazetteerLoader loader = new GazetteerLoader();
    loader.addCldrCountryNames();
    loader.read(COUNTRIES, resource(COUNTRIES), STANDARD_LEVEL);
    loader.read(ENTITIES, resource(ENTITIES), STANDARD_LEVEL);
    loader.read(CAPITALS, resource(CAPITALS), STANDARD_LEVEL);
    int level = STANDARD_LEVEL;
    List<GazetteerSource> termFiles = new ArrayList<>();
    for (GazetteerSource file : files) {
      if (file.isTermsFile()) {
        termFiles.add(file); // read once the entities are known: a term names a country and a person
      } else {
        loader.read(file.name(), new StringReader(file.text()), ++level);
      }
    }
    return loader.build(termFiles);
  }

  /** For tests: a gazetteer from lines of the file format only, without CLDR names. */
  static Gazetteer fromEntityLines(String name, String lines) {
    GazetteerLoader loader = new GazetteerLoader();
    loader.read(name, new StringReader(lines), STANDARD_LEVEL);
    return loader.build(null);
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
        typeSources.put(code, "CLDR");
        Set<String> names = new LinkedHashSet<>();
        for (String name : List.of(full.regionDisplayName(code), shortNames.regionDisplayName(code))) {
          names.addAll(cldrNameForms(name));
        }
        for (String name : names) {
          definitions.add(new Definition(name, code, null, null, ContextRule.NONE, true,
              "CLDR " + language + " " + code, CLDR_LEVEL));
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

  /** Reads one file of the documented format at {@code level}. */
  void read(String name, Reader reader, int level) {
    forEachLine(name, reader, (fields, source) -> {
      requireFields(fields, source);
      String id = fields[0];
      String kind = fields[1];
      String parent = fields[2];
      if (kind.equals("block")) {
        if (!id.equals("-") || !isNone(parent)) {
          throw error(source, "a block line has no id and no parent: write '-' in both, got '" + id + "' and '"
              + parent + "'");
        }
        readNames(fields, null, source, level);
        return;
      }
      EntityType type;
      try {
        type = EntityType.parse(kind);
      } catch (IllegalArgumentException e) {
        throw error(source, "unknown kind '" + kind + "'; use one of country, person, organization, region, city,"
            + " group, block");
      }
      checkId(id, type, source);
      EntityType known = types.putIfAbsent(id, type);
      if (known != null && known != type) {
        throw error(source, "id '" + id + "' is a " + known.label() + " (" + typeSources.get(id) + "), here a "
            + kind + "; one id has one kind");
      }
      typeSources.putIfAbsent(id, source);
      if (!isNone(parent)) {
        if (!parent.matches("[A-Z]{2}|[a-z0-9]+(-[a-z0-9]+)*")) {
          throw error(source, "bad parent '" + parent + "': an entity id (IR, azerbaijan-east) or '-' for none");
        }
        Parent existing = parents.get(id);
        if (existing != null && existing.level() == level && !existing.id().equals(parent)) {
          throw error(source, "parent of '" + id + "' given as '" + existing.id() + "' at " + existing.source()
              + ", here as '" + parent + "'");
        }
        parents.put(id, new Parent(parent, source, level));
      }
      readNames(fields, id, source, level);
    });
  }

  private static void checkId(String id, EntityType type, String source) {
    boolean country = type == EntityType.COUNTRY;
    if (country ? !id.matches("[A-Z]{2}") : !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw error(source, "bad id '" + id + "': countries use ISO 3166-1 alpha-2 codes (IR), others lowercase"
          + " slugs with hyphens (minsk-group)");
    }
  }

  private void readNames(String[] fields, String id, String source, int level) {
    for (int column = 3; column < fields.length; column++) {
      if (isNone(fields[column])) {
        continue;
      }
      for (String item : fields[column].split("\\|", -1)) {
        String name = item.strip();
        Flags flags = Flags.NONE;
        int open = name.indexOf('[');
        if (open >= 0) {
          if (!name.endsWith("]")) {
            throw error(source, "flags of '" + name + "' must end with ']': name [flag, flag]");
          }
          flags = Flags.parse(name.substring(open + 1, name.length() - 1), source);
          name = name.substring(0, open).strip();
        }
        if (name.isEmpty()) {
          throw error(source, "empty name in column " + (column + 1) + " (two '|' in a row, or a '|' at an end)");
        }
        if (flags.remove()) {
          removals.add(new Removal(id, normalize(name, source), source, level));
        } else {
          definitions.add(new Definition(name, id, flags.suffixes(), flags.exactCase(name), flags.context(), false,
              source, level));
        }
      }
    }
  }

  private static boolean isNone(String field) {
    return field.isEmpty() || field.equals("-");
  }

  /**
   * The gazetteer of what was read; {@code termFiles} null: without offices and terms (the entity-lines gazetteers of
   * tests, which lack the people the standard terms name).
   */
  Gazetteer build(List<GazetteerSource> termFiles) {
    Set<Definition> removed = applyRemovals();
    List<Entity> entities = new ArrayList<>();
    Map<String, Integer> index = new LinkedHashMap<>();
    for (Map.Entry<String, EntityType> entry : types.entrySet()) { // TreeMap: sorted by id, code point order
      String id = entry.getKey();
      Parent parent = parents.get(id);
      if (parent != null && !types.containsKey(parent.id())) {
        throw error(parent.source(), "parent '" + parent.id() + "' of '" + id + "' is no entity");
      }
      index.put(id, entities.size());
      entities.add(new Entity(id, entry.getValue(), parent == null ? null : parent.id()));
    }
    Map<String, Definition> byText = new LinkedHashMap<>();
    for (Definition definition : definitions) {
      if (removed.contains(definition)) {
        continue;
      }
      String text = normalize(definition.text(), definition.source());
      for (String spelling : spellings(text)) {
        boolean generated = definition.generated() || !spelling.equals(text);
        place(byText, new Definition(spelling, definition.entity(), definition.suffixes(), definition.exactCase(),
            definition.context(), generated, definition.source(), definition.level()));
      }
    }
    List<Alias> aliases = new ArrayList<>();
    for (Definition definition : byText.values()) {
      int entity = definition.entity() == null ? Alias.BLOCK : index.get(definition.entity());
      SuffixClass suffixes = definition.suffixes() != null ? definition.suffixes()
          : defaultSuffixes(definition.text(), entity == Alias.BLOCK ? null : entities.get(entity).type());
      aliases.add(new Alias(definition.text(), entity, suffixes, definition.exactCase(), definition.context(),
          definition.generated(), definition.source()));
    }
    OfficeTerms terms = termFiles == null ? OfficeTerms.NONE
        : OfficeTermsLoader.load(entities, resource(OfficeTermsLoader.OFFICES), resource(OfficeTermsLoader.TERMS),
            termFiles);
    return new Gazetteer(entities, aliases, terms);
  }

  /** The definitions the {@code [remove]} names take away; a removal that takes nothing is an error. */
  private Set<Definition> applyRemovals() {
    Set<Definition> removed = new java.util.HashSet<>();
    if (removals.isEmpty()) {
      return removed;
    }
    Map<String, List<Definition>> byEntity = new HashMap<>();
    for (Definition definition : definitions) {
      byEntity.computeIfAbsent(String.valueOf(definition.entity()), k -> new ArrayList<>()).add(definition);
    }
    for (Removal removal : removals) {
      boolean any = false;
      for (Definition definition : byEntity.getOrDefault(String.valueOf(removal.entity()), List.of())) {
        if (definition.level() < removal.level() && normalize(definition.text(), definition.source())
            .equals(removal.text())) {
          removed.add(definition);
          any = true;
        }
      }
      if (!any) {
        throw error(removal.source(), "'remove' names no name of " + (removal.entity() == null ? "a block"
            : "'" + removal.entity() + "'") + " from an earlier source (CLDR, the standard files or an earlier"
            + " --gazetteer file): nothing to remove");
      }
    }
    return removed;
  }

  private static void place(Map<String, Definition> byText, Definition candidate) {
    Definition existing = byText.get(candidate.text());
    if (existing == null) {
      byText.put(candidate.text(), candidate);
      return;
    }
    if (candidate.priority() > existing.priority()) {
      byText.put(candidate.text(), candidate);
      return;
    }
    if (candidate.priority() == existing.priority() && !candidate.generated()
        && !Objects.equals(existing.entity(), candidate.entity())) {
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

  private static SuffixClass defaultSuffixes(String text, EntityType type) {
    if (type == EntityType.PERSON && EntityMatcher.isPersian(text)) {
      return SuffixClass.NAME;
    }
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

  /** One data line of a gazetteer file: its tab-separated fields, stripped, and where it is (file:line). */
  interface LineHandler {
    void handle(String[] fields, String source);
  }

  /** Each line of a gazetteer file that is not blank or a # comment; the files of entities and of terms alike. */
  static void forEachLine(String name, Reader reader, LineHandler handler) {
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

  private static void requireFields(String[] fields, String source) {
    if (fields.length < 4 || fields.length > 5) {
      throw error(source, "expected " + FORMAT + " (tab-separated), got " + fields.length + " field(s)");
    }
    for (int i = 0; i < 3; i++) {
      if (fields[i].isEmpty()) {
        throw error(source, "field " + (i + 1) + " is empty; expected " + FORMAT + " ('-' for no parent)");
      }
    }
  }

  static GazetteerFormatException error(String source, String message) {
    return new GazetteerFormatException(source + ": " + message);
  }
}
