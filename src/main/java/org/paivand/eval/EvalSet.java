package org.paivand.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.paivand.article.ArticleAnalysisJson;

/**
 * Labelled sentences read from one or more {@code .jsonl} files in the format of EVAL-FORMAT.md, plus the gazetteer
 * ids the sets deliberately leave unlabelled ({@value #OUT_OF_SCOPE_FILE} beside the files: one id per line, then
 * why; {@code #} starts a comment). Predictions of those ids are ignored when scoring, so an entity paivand knows but
 * the labelling rules exclude (the IRGC, Europe the continent) is neither a true nor a false hit.
 *
 * <p>A directory stands for all its {@code *.jsonl} files, in name order. Every line is checked: a JSON object with
 * {@code id}, {@code lang}, {@code text} strings and a {@code mentions} array whose offsets lie inside the text and
 * whose kinds are known, and an optional {@code "date"} ({@code yyyy-MM-dd}, the article's publication day, which
 * role mentions are resolved on; kind {@code role} labels them, entity = the person); sentence ids are unique across
 * all files. A bad line stops the load with
 * {@link EvalSetFormatException} naming the file and line.
 */
public record EvalSet(List<EvalSentence> sentences, Set<String> outOfScope, List<Path> files) {
  public static final String OUT_OF_SCOPE_FILE = "out-of-scope.txt";
  public static final Set<String> KINDS = Set.of("country", "person", "organization", "region", "city",
      LabelledMention.ROLE);

  public EvalSet {
    sentences = List.copyOf(sentences);
    outOfScope = Set.copyOf(outOfScope);
    files = List.copyOf(files);
  }

  /** Reads every location (a {@code .jsonl} file or a directory of them); throws on a missing location. */
  public static EvalSet load(List<Path> locations) throws IOException {
    List<Path> files = new ArrayList<>();
    Set<Path> scopeFiles = new TreeSet<>();
    for (Path location : locations) {
      if (Files.isDirectory(location)) {
        try (Stream<Path> listing = Files.list(location)) {
          listing.filter(path -> path.getFileName().toString().endsWith(".jsonl")).sorted().forEach(files::add);
        }
        scopeFiles.add(location.resolve(OUT_OF_SCOPE_FILE));
      } else if (Files.isRegularFile(location)) {
        files.add(location);
        scopeFiles.add(location.toAbsolutePath().getParent().resolve(OUT_OF_SCOPE_FILE));
      } else {
        throw new java.nio.file.NoSuchFileException(location.toString());
      }
    }
    List<EvalSentence> sentences = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    for (Path file : files) {
      try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
          number++;
          if (line.isBlank()) {
            continue;
          }
          String where = file + ":" + number;
          EvalSentence sentence = parse(line, where);
          String earlier = seen.putIfAbsent(sentence.id(), where);
          if (earlier != null) {
            throw new EvalSetFormatException(where + ": sentence id " + sentence.id() + " also at " + earlier);
          }
          sentences.add(sentence);
        }
      }
    }
    Set<String> outOfScope = new TreeSet<>();
    for (Path scopeFile : scopeFiles) {
      if (Files.isRegularFile(scopeFile)) {
        for (String line : Files.readAllLines(scopeFile, StandardCharsets.UTF_8)) {
          String trimmed = line.strip();
          if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
            outOfScope.add(trimmed.split("\\s+", 2)[0]);
          }
        }
      }
    }
    return new EvalSet(sentences, outOfScope, files);
  }

  static EvalSentence parse(String line, String where) {
    ObjectMapper mapper = ArticleAnalysisJson.mapper();
    JsonNode root;
    try {
      root = mapper.readTree(line);
    } catch (JsonProcessingException e) {
      throw new EvalSetFormatException(where + ": not JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new EvalSetFormatException(where + ": not a JSON object");
    }
    String id = text(root, "id", where);
    String lang = text(root, "lang", where);
    String text = text(root, "text", where);
    String source = root.path("source").asText("");
    LocalDate date = null;
    if (root.has("date")) {
      try {
        date = LocalDate.parse(root.get("date").asText());
      } catch (java.time.format.DateTimeParseException e) {
        throw new EvalSetFormatException(where + ": " + id + " has \"date\" " + root.get("date")
            + "; write the publication day as yyyy-MM-dd");
      }
    }
    JsonNode mentions = root.get("mentions");
    if (mentions == null || !mentions.isArray()) {
      throw new EvalSetFormatException(where + ": " + id + " has no \"mentions\" array (write [] for none)");
    }
    List<LabelledMention> parsed = new ArrayList<>();
    for (JsonNode mention : mentions) {
      int start = mention.path("start").asInt(-1);
      int end = mention.path("end").asInt(-1);
      if (!mention.path("start").isInt() || !mention.path("end").isInt() || start < 0 || end <= start
          || end > text.length()) {
        throw new EvalSetFormatException(where + ": " + id + " has a mention at " + mention.path("start") + "-"
            + mention.path("end") + ", not a span inside its text of " + text.length() + " chars");
      }
      String entity = text(mention, "entity", where);
      String kind = text(mention, "kind", where);
      if (!KINDS.contains(kind)) {
        throw new EvalSetFormatException(where + ": " + id + " has a mention of kind \"" + kind + "\"; kinds are "
            + new TreeSet<>(KINDS));
      }
      parsed.add(new LabelledMention(start, end, entity, kind));
    }
    return new EvalSentence(id, lang, source, text, parsed, date);
  }

  private static String text(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual() || value.asText().isEmpty()) {
      throw new EvalSetFormatException(where + ": \"" + field + "\" must be a non-empty string");
    }
    return value.asText();
  }
}
