package org.paivand.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The counts a run with dedup mode NONE must reproduce, accumulated from what the generator planted (never from what
 * paivand finds), with the meaning of the job's daily tables (docs/outputs.md):
 *
 * <ul>
 *   <li>{@code pairs.csv}: {@code pub_date,entity_a,entity_b,scope,articles,sentences}; document scope: articles
 *       holding both entities anywhere ({@code sentences} empty); sentence scope: articles with at least one sentence
 *       holding both, and the number of such sentences;
 *   <li>{@code entities.csv}: {@code pub_date,entity,articles,mentions};
 *   <li>{@code totals.csv}: {@code pub_date,articles}.
 * </ul>
 *
 * Pairs are ordered {@code entity_a < entity_b} in code point order, as the job orders them. Memory is bounded by days
 * times entity pairs, never by the number of articles.
 */
final class GroundTruth {
  private record PairKey(long day, String first, String second) {}

  private record EntityKey(long day, String entity) {}

  private final Map<PairKey, long[]> documentPairs = new HashMap<>();
  private final Map<PairKey, long[]> sentencePairs = new HashMap<>();
  private final Map<EntityKey, long[]> entities = new HashMap<>();
  private final Map<Long, long[]> totals = new TreeMap<>();

  void add(GeneratedArticle article) {
    long day = article.day().toEpochDay();
    totals.computeIfAbsent(day, d -> new long[1])[0]++;
    Map<String, Integer> mentions = new TreeMap<>();
    Map<List<String>, Integer> sentencesPerPair = new HashMap<>();
    for (List<String> sentence : article.sentenceMentions()) {
      TreeSet<String> distinct = new TreeSet<>(sentence);
      for (String entity : sentence) {
        mentions.merge(entity, 1, Integer::sum);
      }
      List<String> ordered = new ArrayList<>(distinct);
      for (int i = 0; i < ordered.size(); i++) {
        for (int j = i + 1; j < ordered.size(); j++) {
          sentencesPerPair.merge(List.of(ordered.get(i), ordered.get(j)), 1, Integer::sum);
        }
      }
    }
    List<String> all = new ArrayList<>(mentions.keySet());
    for (String entity : all) {
      long[] counts = entities.computeIfAbsent(new EntityKey(day, entity), k -> new long[2]);
      counts[0]++;
      counts[1] += mentions.get(entity);
    }
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        documentPairs.computeIfAbsent(new PairKey(day, all.get(i), all.get(j)), k -> new long[1])[0]++;
      }
    }
    sentencesPerPair.forEach((pair, sentences) -> {
      long[] counts = sentencePairs.computeIfAbsent(new PairKey(day, pair.get(0), pair.get(1)), k -> new long[2]);
      counts[0]++;
      counts[1] += sentences;
    });
  }

  long days() {
    return totals.size();
  }

  long pairRows() {
    return documentPairs.size() + sentencePairs.size();
  }

  /** Writes the three CSV files into {@code directory}, each through a temporary file and a rename. */
  void write(Path directory) throws IOException {
    Files.createDirectories(directory);
    List<String> pairLines = new ArrayList<>();
    documentPairs.forEach((key, counts) -> pairLines.add(
        pairLine(key, "document", counts[0], "")));
    sentencePairs.forEach((key, counts) -> pairLines.add(
        pairLine(key, "sentence", counts[0], Long.toString(counts[1]))));
    pairLines.sort(null);
    writeLines(directory.resolve("pairs.csv"), "pub_date,entity_a,entity_b,scope,articles,sentences", pairLines);
    List<String> entityLines = new ArrayList<>();
    entities.forEach((key, counts) -> entityLines.add(
        LocalDate.ofEpochDay(key.day()) + "," + key.entity() + "," + counts[0] + "," + counts[1]));
    entityLines.sort(null);
    writeLines(directory.resolve("entities.csv"), "pub_date,entity,articles,mentions", entityLines);
    List<String> totalLines = new ArrayList<>();
    totals.forEach((day, counts) -> totalLines.add(LocalDate.ofEpochDay(day) + "," + counts[0]));
    writeLines(directory.resolve("totals.csv"), "pub_date,articles", totalLines);
  }

  private static String pairLine(PairKey key, String scope, long articles, String sentences) {
    return LocalDate.ofEpochDay(key.day()) + "," + key.first() + "," + key.second() + "," + scope + "," + articles
        + "," + sentences;
  }

  static void writeLines(Path file, String header, List<String> lines) throws IOException {
    Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
    try (BufferedWriter writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
      writer.write(header);
      writer.write('\n');
      for (String line : lines) {
        writer.write(line);
        writer.write('\n');
      }
    }
    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
