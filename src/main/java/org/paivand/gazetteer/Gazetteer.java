package org.paivand.gazetteer;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The entities paivand finds and every normalized surface form of each. Entities are sorted by id (code point order),
 * so comparing two entity indexes orders their ids the same way: pairs are formed on indexes without looking at the
 * strings. Immutable; build once per JVM with {@link #standard()} and make one {@link EntityMatcher} per thread.
 */
public final class Gazetteer {
  private static volatile Gazetteer standard;
  /** One gazetteer per distinct list of extra files in this JVM: every partition of a run shares it. */
  private static final java.util.concurrent.ConcurrentHashMap<List<GazetteerSource>, Gazetteer> WITH_FILES =
      new java.util.concurrent.ConcurrentHashMap<>();

  private final List<Entity> entities;
  private final List<Alias> aliases;
  private final Map<String, Integer> indexById;
  private final AliasAutomaton automaton;
  private final OfficeTerms officeTerms;

  Gazetteer(List<Entity> sortedEntities, List<Alias> aliases, OfficeTerms officeTerms) {
    this.officeTerms = officeTerms;
    this.entities = List.copyOf(sortedEntities);
    this.aliases = List.copyOf(aliases);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < entities.size(); i++) {
      index.put(entities.get(i).id(), i);
    }
    this.indexById = Collections.unmodifiableMap(index);
    this.automaton = new AliasAutomaton(this.aliases.stream().map(Alias::text).toList());
  }

  /** The gazetteer shipped with paivand: ICU/CLDR country names plus the curated resource files. */
  public static Gazetteer standard() {
    Gazetteer result = standard;
    if (result == null) {
      synchronized (Gazetteer.class) {
        result = standard;
        if (result == null) {
          result = GazetteerLoader.loadStandard();
          standard = result;
        }
      }
    }
    return result;
  }

  /**
   * The standard gazetteer with {@code files} on top (docs/gazetteer.md, "Your own entries"), built once per JVM for
   * each distinct list of files and shared; with no files, {@link #standard()}.
   *
   * @throws GazetteerFormatException for a malformed line, naming its file and line
   */
  public static Gazetteer withFiles(List<GazetteerSource> files) {
    if (files.isEmpty()) {
      return standard();
    }
    return WITH_FILES.computeIfAbsent(List.copyOf(files), GazetteerLoader::load);
  }

  /** The offices and their holders' terms that role mentions are resolved with (docs/gazetteer.md, "Roles"). */
  public OfficeTerms officeTerms() {
    return officeTerms;
  }

  public EntityMatcher newMatcher() {
    return new EntityMatcher(automaton, aliases, this);
  }

  public int size() {
    return entities.size();
  }

  public Entity entity(int index) {
    return entities.get(index);
  }

  public String id(int index) {
    return entities.get(index).id();
  }

  /** Index of the entity with this id, or -1. */
  public int indexOf(String id) {
    return indexById.getOrDefault(id, -1);
  }

  public List<Entity> entities() {
    return entities;
  }

  public Alias alias(int index) {
    return aliases.get(index);
  }

  public List<Alias> aliases() {
    return aliases;
  }

  /** Every alias of one entity, for documentation and tests; empty for an unknown id. */
  public List<String> aliasesOf(String id) {
    int index = indexOf(id);
    if (index < 0) {
      return List.of(); // -1 is also Alias.BLOCK: without this, an unknown id would list the block phrases
    }
    return aliases.stream().filter(alias -> alias.entity() == index).map(Alias::text).sorted().toList();
  }

  @Override
  public String toString() {
    return "Gazetteer[entities=" + entities.size() + ", aliases=" + aliases.size() + ", automaton states="
        + automaton.states + ", alphabet=" + automaton.alphabetSize + "]";
  }
}
