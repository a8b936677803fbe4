package org.paivand.cli;

import org.paivand.errors.InputErrors;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.paivand.article.ArticleAnalysis;
import org.paivand.article.ArticleAnalysisJson;
import org.paivand.article.ArticleAnalyzer;
import org.paivand.dates.DateParse;
import org.paivand.dates.PublicationDateParser;
import org.paivand.errors.OptionErrors;
import org.paivand.gazetteer.Gazetteer;
import org.paivand.gazetteer.MentionExplainer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code paivand extract}: the per-article analysis without Spark, to explain what the job counted and why. */
@Command(
    name = "extract",
    description = "Show the sentences and entity mentions paivand finds in one text (or one per JSONL line).")
public final class ExtractCommand implements Callable<Integer> {
  enum Format { json, text }

  @Option(names = "--format", defaultValue = "json", description = "json (default) or text")
  Format format;

  @Option(names = "--jsonl", description = "each input line is {\"id\": ..., \"text\": ...}; one output line each")
  boolean jsonl;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Input input;

  static final class Input {
    @Option(names = "--text", description = "the text itself")
    String text;

    @Parameters(paramLabel = "FILE|-", description = "a UTF-8 file, or - for standard input")
    String file;
  }

  @Mixin GazetteerMixin gazetteer;

  @Option(names = "--date", paramLabel = "DATE",
      description = "the publication date, as the date column would hold it (2008-09-27, 1387/07/06): role"
          + " mentions ('the Russian foreign minister') resolve to whoever held the office on it")
  String date;

  @Mixin RolesMixin roles;

  @Option(names = "--verbose", description = "print stack traces of errors")
  boolean verbose;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  InputStream standardInput = System.in;

  private MentionExplainer explainer;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Gazetteer entities = gazetteer.loadLocal();
    int day = publicationDay();
    ArticleAnalyzer analyzer = new ArticleAnalyzer(entities, roles.on());
    explainer = format == Format.text ? new MentionExplainer(entities) : null;
    ObjectMapper mapper = ArticleAnalysisJson.mapper();
    if (!jsonl) {
      String text = readAll();
      analyzer.analyze(text, day);
      print(out, analyzer.toAnalysis(), text, null, mapper);
      out.flush();
      return UserErrors.OK;
    }
    try (BufferedReader lines = reader()) {
      String line;
      int number = 0;
      while ((line = lines.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode record;
        try {
          record = mapper.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          throw InputErrors.jsonlLineNotJson(number, e.getOriginalMessage());
        }
        if (record == null || !record.isObject() || !record.path("text").isTextual()) {
          throw InputErrors.jsonlLineWithoutText(number);
        }
        String text = record.get("text").asText();
        analyzer.analyze(text, day);
        print(out, analyzer.toAnalysis(), text, record.get("id"), mapper);
      }
    }
    out.flush();
    return UserErrors.OK;
  }

  private void print(PrintWriter out, ArticleAnalysis analysis, String text, JsonNode id, ObjectMapper mapper)
      throws IOException {
    if (format == Format.text) {
      if (id != null) {
        out.println("# " + id.asText());
      }
      out.print(ArticleAnalysisText.format(analysis, explainer.explain(text)));
      return;
    }
    ObjectNode json = ArticleAnalysisJson.toJson(analysis);
    if (id != null) {
      ObjectNode withId = mapper.createObjectNode();
      withId.set("id", id);
      withId.setAll(json);
      json = withId;
    }
    out.println(jsonl ? mapper.writeValueAsString(json) : mapper.writerWithDefaultPrettyPrinter()
        .writeValueAsString(json));
  }

  /** The epoch day of {@code --date}, read by the job's date parser (UTC: a date has no time to shift). */
  private int publicationDay() {
    if (date == null) {
      return ArticleAnalyzer.NO_DATE;
    }
    DateParse parsed = new PublicationDateParser(java.time.ZoneOffset.UTC).parse(date);
    if (!parsed.isValid()) {
      throw OptionErrors.extractDateInvalid(date, parsed.detail());
    }
    return Math.toIntExact(parsed.date().toEpochDay());
  }

  private String readAll() throws IOException {
    if (input.text != null) {
      return input.text;
    }
    try (BufferedReader reader = reader()) {
      StringBuilder text = new StringBuilder();
      char[] buffer = new char[8192];
      int read;
      while ((read = reader.read(buffer)) > 0) {
        text.append(buffer, 0, read);
      }
      return text.toString();
    }
  }

  private BufferedReader reader() throws IOException {
    if (input.text != null) {
      return new BufferedReader(new java.io.StringReader(input.text));
    }
    if (input.file.equals("-")) {
      return new BufferedReader(new InputStreamReader(standardInput, StandardCharsets.UTF_8));
    }
    try {
      return Files.newBufferedReader(Path.of(input.file), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw InputErrors.extractFileMissing(input.file);
    }
  }
}
