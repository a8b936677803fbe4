package org.paivand.gazetteer;

import java.io.Reader;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paivand.text.TextNormalizer;

/**
 * Reads the role data of a gazetteer (docs/gazetteer.md, "Roles") once its entities are known:
 *
 * <ul>
 *   <li>{@code offices.tsv}, {@code OFFICE<TAB>LANG<TAB>NUMBER<TAB>HEADS<TAB>COUNTRIES}: the phrases naming an office
 *       ({@code fa} or {@code en}; {@code one} or {@code many}; heads separated by {@code |}; {@code -} for every
 *       country, else the ISO codes it is said of, separated by {@code |}). Heads are normalized by the text's chain,
 *       and Persian heads with spaces also get their ZWNJ-less spellings, as aliases do.
 *   <li>{@code terms.tsv} and every {@code --gazetteer} file that starts with the line {@link #TERMS_HEADER}:
 *       {@code COUNTRY<TAB>OFFICE<TAB>PERSON<TAB>FROM<TAB>TO<TAB>SOURCE}, days as {@code yyyy-MM-dd}, both inclusive,
 *       {@code TO} {@code -} while in office. The terms of a user's files replace the standard terms of every
 *       (country, office) they name, so a file can correct or extend one list without repeating the others.
 * </ul>
 *
 * <p>Checked, with the file and line of the first problem: a known office, a country entity, a person entity, a first
 * day not after the last, and no two terms of one (country, office) in one level on a common day.
 */
final class OfficeTermsLoader {
  static final String OFFICES = "offices.tsv";
  static final String TERMS = "terms.tsv";
  static final String TERMS_HEADER = GazetteerSource.TERMS_HEADER;
  static final String OFFICES_FORMAT = "OFFICE<TAB>LANG<TAB>NUMBER<TAB>HEADS<TAB>COUNTRIES";

  private final TextNormalizer normalizer = TextNormalizer.standard();
  private final List<Entity> entities;
  private final Map<String, Integer> index;
  private final Map<String, Integer> offices = new LinkedHashMap<>();
  private final List<OfficeTerms.Head> heads = new ArrayList<>();

  private OfficeTermsLoader(List<Entity> entities) {
    this.entities = entities;
    this.index = new java.util.HashMap<>();
    for (int i = 0; i < entities.size(); i++) {
      index.put(entities.get(i).id(), i);
    }
  }

  /** The standard offices and terms, with the terms of {@code userTerms} (in order) replacing theirs. */
  static OfficeTerms load(List<Entity> entities, Reader standardOffices, Reader standardTerms,
      List<GazetteerSource> userTerms) {
    OfficeTermsLoader loader = new OfficeTermsLoader(entities);
    loader.readOffices(OFFICES, standardOffices);
    Map<Long, List<OfficeTerms.Term>> bySlot = new LinkedHashMap<>();
    loader.readTerms(TERMS, standardTerms, bySlot);
    for (GazetteerSource file : userTerms) {
      Map<Long, List<OfficeTerms.Term>> user = new LinkedHashMap<>();
      loader.readTerms(file.name(), new StringReader(file.text()), user);
      bySlot.putAll(user);
    }
    List<OfficeTerms.Term> all = new ArrayList<>();
    bySlot.values().forEach(all::addAll);
    all.sort(Comparator.comparingInt(OfficeTerms.Term::country).thenComparingInt(OfficeTerms.Term::office)
        .thenComparingInt(OfficeTerms.Term::from));
    return new OfficeTerms(loader.offices.keySet().toArray(new String[0]), loader.heads, all, entities.size());
  }

  private void readOffices(String name, Reader reader) {
    GazetteerLoader.forEachLine(name, reader, (fields, source) -> {
      if (fields.length != 5) {
        throw GazetteerLoader.error(source, "expected " + OFFICES_FORMAT + ", got " + fields.length + " field(s)");
      }
      String office = fields[0];
      if (!office.matches("[a-z]+(-[a-z]+)*")) {
        throw GazetteerLoader.error(source, "bad office id '" + office + "': lowercase words with hyphens");
      }
      int officeIndex = offices.computeIfAbsent(office, k -> offices.size());
      boolean persian = switch (fields[1]) {
        case "fa" -> true;
        case "en" -> false;
        default -> throw GazetteerLoader.error(source, "language '" + fields[1] + "': fa or en");
      };
      boolean plural = switch (fields[2]) {
        case "one" -> false;
        case "many" -> true;
        default -> throw GazetteerLoader.error(source, "number '" + fields[2] + "': one or many");
      };
      List<Integer> countries = new ArrayList<>();
      if (fields[4].equals("-")) {
        countries.add(OfficeTerms.ANY_COUNTRY);
      } else {
        for (String code : fields[4].split("\\|")) {
          countries.add(country(code.strip(), source));
        }
      }
      for (String head : fields[3].split("\\|")) {
        String text = normalizer.normalize(head.strip());
        if (text.isEmpty()) {
          throw GazetteerLoader.error(source, "empty head in '" + fields[3] + "'");
        }
        Set<String> spellings = new LinkedHashSet<>(GazetteerLoader.spellings(text));
        for (String spelling : spellings) {
          for (int country : countries) {
            heads.add(new OfficeTerms.Head(spelling, officeIndex, plural, persian, country));
          }
        }
      }
    });
  }

  private void readTerms(String name, Reader reader, Map<Long, List<OfficeTerms.Term>> bySlot) {
    GazetteerLoader.forEachLine(name, reader, (fields, source) -> {
      if (String.join("\t", fields).equals(TERMS_HEADER)) {
        return;
      }
      if (fields.length != 6) {
        throw GazetteerLoader.error(source, "expected " + TERMS_HEADER.toUpperCase(java.util.Locale.ROOT)
            .replace("\t", "<TAB>") + ", got " + fields.length + " field(s)");
      }
      int country = country(fields[0], source);
      Integer office = offices.get(fields[1]);
      if (office == null) {
        throw GazetteerLoader.error(source, "unknown office '" + fields[1] + "'; offices are " + offices.keySet());
      }
      Integer person = index.get(fields[2]);
      if (person == null || entities.get(person).type() != EntityType.PERSON) {
        throw GazetteerLoader.error(source, "'" + fields[2] + "' is not a person of the gazetteer: add the person"
            + " (ID<TAB>person<TAB>COUNTRY<TAB>NAMES) to a --gazetteer file first");
      }
      int from = day(fields[3], source);
      int to = fields[4].equals("-") ? OfficeTerms.OPEN : day(fields[4], source);
      if (from > to) {
        throw GazetteerLoader.error(source, "first day " + fields[3] + " is after the last day " + fields[4]);
      }
      if (fields[5].isEmpty() || fields[5].equals("-")) {
        throw GazetteerLoader.error(source, "no source: say where the dates come from (a URL)");
      }
      OfficeTerms.Term term = new OfficeTerms.Term(country, office, person, from, to, fields[5], source);
      List<OfficeTerms.Term> slot = bySlot.computeIfAbsent((long) country * 64 + office, k -> new ArrayList<>());
      for (OfficeTerms.Term other : slot) {
        if (other.from() <= to && from <= other.to()) {
          throw GazetteerLoader.error(source, "this term of " + fields[1] + " of " + fields[0] + " overlaps the one"
              + " at " + other.line() + ": one holder a day (days are inclusive)");
        }
      }
      slot.add(term);
    });
  }

  private int country(String code, String source) {
    Integer country = index.get(code);
    if (country == null || entities.get(country).type() != EntityType.COUNTRY) {
      throw GazetteerLoader.error(source, "'" + code + "' is not a country of the gazetteer (ISO 3166-1 alpha-2)");
    }
    return country;
  }

  private static int day(String text, String source) {
    try {
      return Math.toIntExact(LocalDate.parse(text).toEpochDay());
    } catch (DateTimeParseException e) {
      throw GazetteerLoader.error(source, "'" + text + "' is not a day as yyyy-MM-dd");
    }
  }
}
