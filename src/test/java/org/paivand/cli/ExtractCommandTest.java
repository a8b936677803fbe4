package org.paivand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paivand.article.ArticleAnalyzer;
import org.paivand.gazetteer.Gazetteer;
import picocli.CommandLine;

/** {@code paivand extract}: the documented JSON shape, files, JSONL, the text format, and user errors with exit 2. */
class ExtractCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path directory;

  /** What one run printed and returned. */
  record Run(int exitCode, String out, String err) {}

  static Run extract(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine command = new CommandLine(new ExtractCommand());
    command.setOut(new PrintWriter(out));
    command.setErr(new PrintWriter(err));
    int exitCode = command.execute(args);
    return new Run(exitCode, out.toString(), err.toString());
  }

  /** Through the real entry point, which turns {@link UserError} into exit code 2 and one message. */
  static Run paivand(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine command = PaivandCli.newCommandLine();
    command.setOut(new PrintWriter(out));
    command.setErr(new PrintWriter(err));
    int exitCode = command.execute(args);
    return new Run(exitCode, out.toString(), err.toString());
  }

  @Test
  void textGivesTheDocumentedJsonShape() throws IOException {
    String input = "ظریف و لاوروف گفت‌وگو کردند.\nایران و روسیه بیانیه دادند.";
    Run run = extract("--text", input);
    assertEquals(0, run.exitCode(), run.err());
    JsonNode root = MAPPER.readTree(run.out());
    assertEquals(List.of("entities", "sentences"), fieldNames(root));
    assertEquals("[\"IR\",\"RU\",\"lavrov\",\"zarif\"]", root.get("entities").toString());
    JsonNode sentences = root.get("sentences");
    assertEquals(2, sentences.size());
    for (int s = 0; s < sentences.size(); s++) {
      JsonNode sentence = sentences.get(s);
      assertEquals(List.of("index", "start", "end", "text", "mentions"), fieldNames(sentence));
      assertEquals(s, sentence.get("index").asInt());
      assertEquals(input.substring(sentence.get("start").asInt(), sentence.get("end").asInt()),
          sentence.get("text").asText());
      for (JsonNode mention : sentence.get("mentions")) {
        assertEquals(List.of("entity", "surface", "start", "end"), fieldNames(mention));
        assertEquals(input.substring(mention.get("start").asInt(), mention.get("end").asInt()),
            mention.get("surface").asText());
      }
    }
    assertEquals("ظریف و لاوروف گفت‌وگو کردند.", sentences.get(0).get("text").asText());
    assertEquals("{\"entity\":\"zarif\",\"surface\":\"ظریف\",\"start\":0,\"end\":4}",
        sentences.get(0).get("mentions").get(0).toString());
    assertEquals("{\"entity\":\"RU\",\"surface\":\"روسیه\",\"start\":37,\"end\":42}",
        sentences.get(1).get("mentions").get(1).toString());
  }

  @Test
  void emptyTextGivesNoSentences() throws IOException {
    Run run = extract("--text", "");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("{\"entities\":[],\"sentences\":[]}", MAPPER.readTree(run.out()).toString());
  }

  @Test
  void fileGivesTheSeedEntities() throws IOException, URISyntaxException {
    Path seed = Path.of(ExtractCommandTest.class.getResource("/seed/irna-karabakh-article.txt").toURI());
    Run run = extract(seed.toString());
    assertEquals(0, run.exitCode(), run.err());
    JsonNode root = MAPPER.readTree(run.out());
    List<String> entities = new ArrayList<>();
    root.get("entities").forEach(entity -> entities.add(entity.asText()));
    ArticleAnalyzer analyzer = new ArticleAnalyzer(Gazetteer.standard());
    analyzer.analyze(Files.readString(seed, StandardCharsets.UTF_8));
    assertEquals(analyzer.toAnalysis().entities(), entities);
    JsonNode expected = MAPPER.readTree(Files.readString(seed.resolveSibling("expected.json"), StandardCharsets.UTF_8));
    TreeSet<String> required = new TreeSet<>();
    expected.get("document_entities_required").forEach(id -> required.add(id.asText()));
    assertTrue(entities.containsAll(required), () -> "missing " + required + " in " + entities);
    assertTrue(root.get("sentences").get(0).get("text").asText().startsWith("به گزارش ایرنا"));
  }

  @Test
  void dashReadsStandardInput() throws IOException {
    ExtractCommand extract = new ExtractCommand();
    extract.standardInput = new ByteArrayInputStream("Iran\n".getBytes(StandardCharsets.UTF_8));
    StringWriter out = new StringWriter();
    CommandLine command = new CommandLine(extract);
    command.setOut(new PrintWriter(out));
    assertEquals(0, command.execute("-"));
    assertEquals("[\"IR\"]", MAPPER.readTree(out.toString()).get("entities").toString());
  }

  @Test
  void jsonlGivesOneLinePerInputLineWithIdFirst() throws IOException {
    Path input = write("articles.jsonl", "{\"id\": \"a1\", \"text\": \"ایران و روسیه\"}\n\n"
        + "{\"text\": \"Baku and Yerevan\", \"id\": 2}\n");
    Run run = extract("--jsonl", input.toString());
    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(2, lines.size(), run.out());
    JsonNode first = MAPPER.readTree(lines.get(0));
    assertEquals(List.of("id", "entities", "sentences"), fieldNames(first));
    assertEquals("a1", first.get("id").asText());
    assertEquals("[\"IR\",\"RU\"]", first.get("entities").toString());
    JsonNode second = MAPPER.readTree(lines.get(1));
    assertEquals(List.of("id", "entities", "sentences"), fieldNames(second));
    assertEquals(2, second.get("id").asInt());
    assertEquals("[\"baku\",\"yerevan\"]", second.get("entities").toString());
  }

  @Test
  void formatTextShowsSentencesAndMentions() {
    Run run = extract("--format", "text", "--text", "ایران و روسیه.");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("entities: IR RU\n"
        + "[0] 0-14  ایران و روسیه.\n"
        + "      IR  «ایران»  0-5  alias 'ایران' from CLDR fa IR; whole word\n"
        + "      RU  «روسیه»  8-13  alias 'روسیه' from CLDR fa RU; whole word\n", run.out());
  }

  @Test
  void formatTextExplainsEndingsContextRulesAndBlocks() {
    Run run = extract("--format", "text", "--text", "ایرانیان. Jordan Peterson met us.");
    assertEquals(0, run.exitCode(), run.err());
    String out = run.out();
    assertTrue(out.contains("IR  «ایرانیان»  0-8  alias 'ایران' from CLDR fa IR; ending 'یان' (suffix=all)\n"), out);
    assertTrue(out.contains("(block)  «Jordan Peterson»  10-25  alias 'jordan peterson' from entities.tsv:"), out);
    assertTrue(out.contains("(not JO)  «Jordan»  10-16  alias 'jordan' from countries.tsv:"), out);
    assertTrue(out.contains("(not US)  «us»  30-32"), out);
  }

  @Test
  void gazetteerFileAddsEntities() throws IOException {
    Path file = write("mine.tsv", "shiraz\tcity\tIR\tشیراز\tshiraz\n");
    Run run = extract("--gazetteer", file.toString(), "--text", "Shiraz and Iran");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("\"entity\" : \"shiraz\""), run.out());
  }

  @Test
  void malformedGazetteerFileIsAUserError() throws IOException {
    Path file = write("bad.tsv", "# mine\nshiraz\ttown\tIR\tشیراز\n");
    Run run = paivand("extract", "--gazetteer", file.toString(), "--text", "Iran");
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains(file + ":2: unknown kind 'town'"), run.err());
    assertTrue(run.err().contains("fix:"), run.err());
  }

  @Test
  void missingGazetteerFileIsAUserError() {
    Run run = paivand("extract", "--gazetteer", "/nonexistent/mine.tsv", "--text", "Iran");
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("no such gazetteer file: /nonexistent/mine.tsv"), run.err());
  }

  @Test
  void formatTextWithJsonlNamesEachRecord() throws IOException {
    Path input = write("one.jsonl", "{\"id\": \"x7\", \"text\": \"Iran\"}\n");
    Run run = extract("--format", "text", "--jsonl", input.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("# x7\nentities: IR\n"), run.out());
  }

  @Test
  void missingFileIsAUserError() {
    String missing = directory.resolve("no-such-file.txt").toString();
    Run run = paivand("extract", missing);
    assertEquals(2, run.exitCode());
    assertEquals("paivand: no such file: " + missing + "\n"
        + "  cause: the path does not exist\n"
        + "  fix:   give an existing UTF-8 text file, - for standard input, or --text STRING\n",
        run.err().replace(System.lineSeparator(), "\n"));
    assertEquals("", run.out());
  }

  @Test
  void malformedJsonlLineIsAUserErrorNamingTheLine() throws IOException {
    Path input = write("bad.jsonl", "{\"id\": 1, \"text\": \"Iran\"}\n{\"id\": 2, \"text\": \n");
    Run run = paivand("extract", "--jsonl", input.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("paivand: line 2 of the JSONL input is not JSON\n  cause: "), run.err());
    assertTrue(run.err().contains("  fix:   give one {\"id\": ..., \"text\": ...} object per line"), run.err());
  }

  @Test
  void jsonlLineWithoutTextIsAUserErrorNamingTheLine() throws IOException {
    Path input = write("no-text.jsonl", "{\"id\": 1, \"body\": \"Iran\"}\n");
    Run run = paivand("extract", "--jsonl", input.toString());
    assertEquals(2, run.exitCode());
    assertEquals("paivand: line 1 of the JSONL input has no \"text\" string\n"
        + "  cause: each line must be a JSON object with a text field\n"
        + "  fix:   give one {\"id\": ..., \"text\": ...} per line\n",
        run.err().replace(System.lineSeparator(), "\n"));
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void dateResolvesRoleMentionsInJson() throws IOException {
    String input = "وزیر امور خارجه روسیه وارد تهران شد.";
    for (String date : List.of("2008-09-27", "1387/07/06")) {
      Run run = extract("--date", date, "--text", input);
      assertEquals(0, run.exitCode(), run.err());
      JsonNode mentions = MAPPER.readTree(run.out()).get("sentences").get(0).get("mentions");
      assertEquals("lavrov", mentions.get(0).get("entity").asText(), run.out());
      assertEquals("وزیر امور خارجه روسیه", mentions.get(0).get("surface").asText());
      JsonNode role = mentions.get(0).get("role");
      assertEquals("foreign-minister", role.get("office").asText());
      assertEquals("RU", role.get("country").asText());
      assertEquals("2008-09-27", role.get("date").asText(), "the Jalali 1387/07/06 is the same day");
      assertTrue(role.get("line").asText().startsWith("terms.tsv:"), role.toString());
      assertEquals("RU", mentions.get(1).get("entity").asText(), "the country mention inside stays");
      assertEquals(List.of("RU", "lavrov", "tehran"), strings(MAPPER.readTree(run.out()).get("entities")));
    }
  }

  @Test
  void textFormatSaysHowARoleWasResolved() {
    Run run = extract("--format", "text", "--date", "2008-09-27", "--text", "Russian Foreign Minister said");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("lavrov  \u00ABRussian Foreign Minister\u00BB  0-24  role: foreign-minister of RU on"
        + " 2008-09-27 -> lavrov (terms.tsv:"), run.out());
    assertTrue(run.out().contains("source https://en.wikipedia.org/wiki/Minister_of_Foreign_Affairs_(Russia))"),
        run.out());
  }

  @Test
  void withoutDateOrWithNoRolesThereAreNoRoleMentions() throws IOException {
    String input = "وزیر امور خارجه روسیه وارد تهران شد.";
    Run plain = extract("--text", input);
    Run noRoles = extract("--no-roles", "--date", "2008-09-27", "--text", input);
    assertEquals(0, noRoles.exitCode(), noRoles.err());
    assertEquals(plain.out(), noRoles.out());
    assertTrue(!plain.out().contains("\"role\"") && !plain.out().contains("lavrov"), plain.out());
  }

  @Test
  void aBadDateIsAUserError() {
    Run run = paivand("extract", "--date", "2008-13-45", "--text", "ایران");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--date 2008-13-45 is not a publication date"), run.err());
  }

  private static List<String> strings(JsonNode array) {
    List<String> result = new ArrayList<>();
    array.forEach(item -> result.add(item.asText()));
    return result;
  }
}
