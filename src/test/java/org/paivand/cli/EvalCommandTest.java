package org.paivand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code paivand eval}: the table, the JSON form with errors, the default set under paivand.home, user errors. */
class EvalCommandTest {
  // ظریف is found and right, کنگو (Congo: two countries, no alias) is missed, the surname ایرانی is a false hit
  private static final List<String> SET = List.of(
      "{\"id\":\"t-1\",\"lang\":\"fa\",\"text\":\"ظریف در دفتر\",\"mentions\":[{\"start\":0,\"end\":4,"
          + "\"entity\":\"zarif\",\"kind\":\"person\"}]}",
      "{\"id\":\"t-2\",\"lang\":\"fa\",\"text\":\"تیم کنگو برد\",\"mentions\":[{\"start\":4,\"end\":8,"
          + "\"entity\":\"CD\",\"kind\":\"country\"}]}",
      "{\"id\":\"t-3\",\"lang\":\"fa\",\"text\":\"آقای اکبر ایرانی گفت\",\"mentions\":[]}");

  @TempDir Path directory;

  private Path writeSet(Path folder) throws IOException {
    Files.createDirectories(folder);
    return Files.write(folder.resolve("fa.jsonl"), SET, StandardCharsets.UTF_8);
  }

  @Test
  void textTableHasOneRowPerKindAndAll() throws IOException {
    Path set = writeSet(directory);
    ExtractCommandTest.Run run = ExtractCommandTest.paivand("eval", "--set", set.toString());
    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = run.out().lines().toList();
    assertTrue(lines.get(0).startsWith("lang  kind"), run.out());
    assertEquals(List.of("fa", "country", "1", "1", "0", "1", "1", "0.000", "0.000"),
        List.of(lines.get(1).trim().split("\\s+")));
    assertEquals(List.of("fa", "person", "1", "1", "1", "0", "0", "1.000", "1.000"),
        List.of(lines.get(2).trim().split("\\s+")));
    assertEquals(List.of("fa", "all", "3", "2", "2", "1", "1", "1", "0.500", "0.500"),
        List.of(lines.get(3).trim().split("\\s+")));
    assertEquals(4, lines.size(), "no error lists without --show-errors");
  }

  @Test
  void jsonWithErrorsListsEveryMissAndFalseHit() throws IOException {
    Path set = writeSet(directory);
    ExtractCommandTest.Run run = ExtractCommandTest.paivand("eval", "--set", set.toString(), "--format", "json",
        "--show-errors");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode root = new ObjectMapper().readTree(run.out());
    JsonNode country = root.at("/languages/fa/kinds/country");
    assertEquals(1, country.get("fn").asInt());
    assertEquals(0.0, country.get("recall").asDouble());
    assertEquals(3, root.at("/languages/fa/sentences").asInt());
    assertEquals("t-2", root.at("/misses/0/id").asText());
    assertEquals("کنگو", root.at("/misses/0/surface").asText());
    assertEquals("t-3", root.at("/falseHits/0/id").asText());
    assertEquals("IR", root.at("/falseHits/0/entity").asText());
    assertEquals("آقای اکبر ایرانی گفت", root.at("/falseHits/0/sentence").asText());
  }

  @Test
  void theDefaultSetIsTheCheckoutsEvalFolder() throws IOException {
    writeSet(directory.resolve(EvalCommand.DEFAULT_SET));
    String before = System.getProperty("paivand.home");
    System.setProperty("paivand.home", directory.toString());
    try {
      ExtractCommandTest.Run run = ExtractCommandTest.paivand("eval", "--show-errors");
      assertEquals(0, run.exitCode(), run.err());
      assertTrue(run.out().contains("misses (labelled, not found): 1"), run.out());
      assertTrue(run.out().contains("false hits (found, not labelled): 1"), run.out());
    } finally {
      restore(before);
    }
  }

  @Test
  void aHomeWithoutSetsIsAUserError() {
    String before = System.getProperty("paivand.home");
    System.setProperty("paivand.home", directory.toString());
    try {
      ExtractCommandTest.Run run = ExtractCommandTest.paivand("eval");
      assertEquals(2, run.exitCode());
      assertTrue(run.err().contains("no evaluation set at " + directory.resolve(EvalCommand.DEFAULT_SET)),
          run.err());
      assertTrue(run.err().contains("give --set DIR-or-FILE"), run.err());
    } finally {
      restore(before);
    }
  }

  @Test
  void aMissingSetIsAUserError() {
    ExtractCommandTest.Run run = ExtractCommandTest.paivand("eval", "--set", directory.resolve("no.jsonl").toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("no evaluation set at " + directory.resolve("no.jsonl")), run.err());
  }

  @Test
  void aBadLineIsAUserErrorNamingFileAndLine() throws IOException {
    Path set = Files.write(directory.resolve("bad.jsonl"), List.of(SET.get(0), "{\"id\":\"x\"}"));
    ExtractCommandTest.Run run = ExtractCommandTest.paivand("eval", "--set", set.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains(set + ":2: \"lang\" must be a non-empty string"), run.err());
  }

  @Test
  void anEmptySetIsAUserError() throws IOException {
    Files.writeString(directory.resolve("empty.jsonl"), "\n");
    ExtractCommandTest.Run run = ExtractCommandTest.paivand("eval", "--set", directory.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("no labelled sentences"), run.err());
  }

  @Test
  void aGazetteerFileThatAddsAnAliasTurnsTheMissIntoAHit() throws IOException {
    Path set = writeSet(directory);
    ExtractCommandTest.Run before = ExtractCommandTest.paivand("eval", "--set", set.toString(), "--format", "json");
    assertEquals(0, before.exitCode(), before.err());
    assertEquals(0, new ObjectMapper().readTree(before.out()).at("/languages/fa/kinds/country/tp").asInt());
    Path file = Files.writeString(directory.resolve("mine.tsv"), "CD\tcountry\t-\tکنگو\t-\n",
        StandardCharsets.UTF_8);
    ExtractCommandTest.Run run = ExtractCommandTest.paivand("eval", "--set", set.toString(), "--gazetteer",
        file.toString(), "--format", "json");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode country = new ObjectMapper().readTree(run.out()).at("/languages/fa/kinds/country");
    assertEquals(1, country.get("tp").asInt(), run.out());
    assertEquals(0, country.get("fn").asInt(), run.out());
    assertEquals(1.0, country.get("recall").asDouble());
  }

  @Test
  void aMalformedGazetteerFileIsAUserErrorNamingFileAndLine() throws IOException {
    Path set = writeSet(directory);
    Path file = Files.writeString(directory.resolve("bad.tsv"), "# mine\nshiraz\ttown\tIR\tشیراز\tshiraz\n",
        StandardCharsets.UTF_8);
    ExtractCommandTest.Run run = ExtractCommandTest.paivand("eval", "--set", set.toString(), "--gazetteer",
        file.toString());
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains(file + ":2: unknown kind 'town'"), run.err());
  }

  private static void restore(String before) {
    if (before == null) {
      System.clearProperty("paivand.home");
    } else {
      System.setProperty("paivand.home", before);
    }
  }

  @Test
  void rulesCountWhatEachRuleTurnedDownOrTook() throws IOException {
    // ظریف opens t-1 (a cue: taken, labelled); t-4 labels nothing: ظریف after a noun has no cue and is turned down
    List<String> lines = new java.util.ArrayList<>(SET);
    lines.add("{\"id\":\"t-4\",\"lang\":\"fa\",\"text\":\"تفاوتهای ظریف در صدا\",\"mentions\":[]}");
    Files.createDirectories(directory);
    Path set = Files.write(directory.resolve("fa.jsonl"), lines, StandardCharsets.UTF_8);
    ExtractCommandTest.Run run = ExtractCommandTest.paivand("eval", "--set", set.toString(), "--rules");
    assertEquals(0, run.exitCode(), run.err());
    List<String> out = run.out().lines().toList();
    assertTrue(out.get(0).startsWith("lang  rule"), run.out());
    assertTrue(out.contains(String.format(java.util.Locale.ROOT, "%-5s %-42s %12d %12d %12d %12d", "fa",
        "cue: opens a clause", 0, 0, 1, 0)), run.out());
    assertTrue(out.contains(String.format(java.util.Locale.ROOT, "%-5s %-42s %12d %12d %12d %12d", "fa",
        "cue: none", 0, 1, 0, 0)), run.out());
  }
}
