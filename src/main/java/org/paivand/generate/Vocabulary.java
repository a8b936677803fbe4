package org.paivand.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The generator's material for one language, read from {@code org/paivand/generate/{fa,en}.txt} and
 * {@code entity-forms.tsv}: titles, leads, sentences with entity slots, fillers without entities, traps, and the
 * surface forms of every entity it plants. Persian material follows Fars News articles (../shared/data/fars), English
 * follows ABC headlines and wire copy. Every form and template is checked against the standard gazetteer by
 * {@code GeneratorVocabularyTest}: the ground truth holds only because each planted form is found as its entity and
 * nothing else in the material is found at all.
 */
final class Vocabulary {
  final String language;
  final List<Template> titles = new ArrayList<>();
  final List<Template> leads = new ArrayList<>();
  final List<Template> sentences = new ArrayList<>();
  final List<Template> fillers = new ArrayList<>();
  final List<Template> traps = new ArrayList<>();
  /** Entities by kind letter, with cumulative weights for weighted picks. */
  final Map<Character, List<EntityForms>> entitiesByKind = new HashMap<>();
  final Map<Character, int[]> cumulativeWeights = new HashMap<>();

  private Vocabulary(String language) {
    this.language = language;
  }

  static Vocabulary load(String language) {
    Vocabulary vocabulary = new Vocabulary(language);
    for (String[] fields : lines(language + ".txt")) {
      String kind = fields[0];
      String text = fields[fields.length - 1];
      List<String> planted = List.of();
      if (kind.equals("trap")) {
        if (fields.length != 3) {
          throw new IllegalStateException("trap line needs ENTITIES<TAB>TEXT: " + String.join("\t", fields));
        }
        planted = fields[1].equals("-") ? List.of() : Arrays.asList(fields[1].split(","));
      }
      Template template = Template.parse(text, planted);
      switch (kind) {
        case "title" -> vocabulary.titles.add(template);
        case "lead" -> vocabulary.leads.add(template);
        case "sentence" -> vocabulary.sentences.add(template);
        case "filler" -> vocabulary.fillers.add(template);
        case "trap" -> vocabulary.traps.add(template);
        default -> throw new IllegalStateException("unknown kind '" + kind + "' in " + language + ".txt");
      }
    }
    for (String[] fields : lines("entity-forms.tsv")) {
      if (!fields[2].equals(language)) {
        continue;
      }
      EntityForms forms = new EntityForms(fields[0], fields[1].charAt(0), fields[2], Integer.parseInt(fields[3]),
          List.of(fields[4].split("\\|")));
      vocabulary.entitiesByKind.computeIfAbsent(forms.kind(), k -> new ArrayList<>()).add(forms);
    }
    vocabulary.entitiesByKind.forEach((kind, list) -> {
      int[] cumulative = new int[list.size()];
      int total = 0;
      for (int i = 0; i < list.size(); i++) {
        total += list.get(i).weight();
        cumulative[i] = total;
      }
      vocabulary.cumulativeWeights.put(kind, cumulative);
    });
    return vocabulary;
  }

  /** Every entity id this vocabulary can plant, including the ones only traps hold. */
  List<String> plantableEntities() {
    List<String> ids = new ArrayList<>();
    entitiesByKind.values().forEach(list -> list.forEach(forms -> ids.add(forms.entity())));
    traps.forEach(trap -> ids.addAll(trap.planted()));
    return ids.stream().distinct().sorted().toList();
  }

  private static List<String[]> lines(String resource) {
    InputStream stream = Vocabulary.class.getResourceAsStream(resource);
    if (stream == null) {
      throw new IllegalStateException("generator material missing from the class path: " + resource);
    }
    List<String[]> result = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          result.add(line.split("\t"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read generator material " + resource, e);
    }
    return result;
  }
}
