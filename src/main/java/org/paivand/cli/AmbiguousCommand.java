package org.paivand.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.paivand.article.ArticleAnalysisJson;
import org.paivand.errors.InputErrors;
import org.paivand.gazetteer.AliasContexts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code paivand ambiguous}: the Persian aliases of the gazetteer as they occur in a corpus, with how many hits have a
 * cue that they are the name, a cue that they are a common word, or no cue (docs/gazetteer.md, "Names that are also
 * words"). Reads the Fars News JSON files and ArmanPersoNER token files of ../shared/data, or plain text files.
 */
@Command(
    name = "ambiguous",
    description = "List Persian aliases by how often a corpus uses them without a cue that they are the name.")
public final class AmbiguousCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE-or-DIR", arity = "1..*",
      description = "Fars News .json files, ArmanPersoNER .txt token files (word TAG per line), other .txt files as"
          + " plain text; directories are read for such files")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--min-hits", defaultValue = "3", description = "list aliases with at least this many hits"
      + " (default 3)")
  int minHits;

  @Mixin GazetteerMixin gazetteer;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    AliasContexts contexts = new AliasContexts(gazetteer.loadLocal());
    for (Path input : inputs) {
      if (!Files.exists(input)) {
        throw InputErrors.corpusPathMissing(input);
      }
      List<Path> files;
      try (Stream<Path> walk = Files.isDirectory(input) ? Files.walk(input) : Stream.of(input)) {
        files = walk.filter(Files::isRegularFile).sorted().toList();
      } catch (NoSuchFileException e) {
        throw InputErrors.corpusPathMissing(e.getFile());
      }
      for (Path file : files) {
        read(file, contexts);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%d texts; Persian aliases with at least %d hits, most hits without a name cue first%n",
        contexts.texts(), minHits);
    out.printf(Locale.ROOT, "%-28s %-18s %6s %6s %6s %6s %7s%n", "alias", "entity", "hits", "name", "word", "none",
        "none%");
    for (AliasContexts.Row row : contexts.rows()) {
      if (row.hits() < minHits) {
        continue;
      }
      out.printf(Locale.ROOT, "%-28s %-18s %6d %6d %6d %6d %6.0f%%%n", row.alias(), row.entity(), row.hits(),
          row.nameCues(), row.wordCues(), row.noCue(), 100 * row.noCueShare());
      for (String example : row.examples()) {
        out.println("      … " + example + " …");
      }
    }
    out.flush();
    return UserErrors.OK;
  }

  private static void read(Path file, AliasContexts contexts) throws IOException {
    String name = file.getFileName().toString();
    if (name.endsWith(".json")) {
      JsonNode root = ArticleAnalysisJson.mapper().readTree(file.toFile());
      for (JsonNode article : root) {
        StringBuilder text = new StringBuilder();
        text.append(article.path("title").asText("")).append('\n').append(article.path("abstract").asText(""));
        for (JsonNode paragraph : article.path("paragraphs")) {
          text.append('\n').append(paragraph.asText(""));
        }
        contexts.add(text.toString());
      }
    } else if (name.endsWith(".txt")) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      boolean tokens = !lines.isEmpty() && lines.get(0).matches("\\S+ [BIO](-\\S+)?");
      if (!tokens) {
        contexts.add(String.join("\n", lines));
        return;
      }
      StringBuilder sentence = new StringBuilder();
      for (String line : lines) {
        int space = line.lastIndexOf(' ');
        if (line.isBlank() || space < 0) {
          if (sentence.length() > 0) {
            contexts.add(sentence.toString());
            sentence.setLength(0);
          }
        } else {
          sentence.append(sentence.length() == 0 ? "" : " ").append(line, 0, space);
        }
      }
      if (sentence.length() > 0) {
        contexts.add(sentence.toString());
      }
    }
  }
}
