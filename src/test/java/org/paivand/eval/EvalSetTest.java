package org.paivand.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading evaluation sets: directories, the out-of-scope list, and a clear error for every malformed line. */
class EvalSetTest {
  @TempDir Path directory;

  private static final String GOOD = "{\"id\":\"fa-0001\",\"lang\":\"fa\",\"source\":\"fars:1\",\"text\":\"ایران\","
      + "\"mentions\":[{\"start\":0,\"end\":5,\"entity\":\"IR\",\"kind\":\"country\"}]}";

  private Path write(String name, String... lines) throws IOException {
    Path file = directory.resolve(name);
    Files.write(file, List.of(lines), StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void aDirectoryIsAllItsJsonlFilesWithTheOutOfScopeList() throws IOException {
    write("fa.jsonl", GOOD, "");
    write("en.jsonl", "{\"id\":\"en-0001\",\"lang\":\"en\",\"text\":\"iran\",\"mentions\":[]}");
    write("notes.txt", "not a set");
    write(EvalSet.OUT_OF_SCOPE_FILE, "# comment", "irgc   not in scope", "", "europe");
    EvalSet set = EvalSet.load(List.of(directory));
    assertEquals(List.of("en-0001", "fa-0001"), set.sentences().stream().map(EvalSentence::id).toList());
    assertEquals(Set.of("irgc", "europe"), set.outOfScope());
    assertEquals(new LabelledMention(0, 5, "IR", "country"), set.sentences().get(1).mentions().get(0));
  }

  @Test
  void aFileFindsTheOutOfScopeListBesideIt() throws IOException {
    Path file = write("fa.jsonl", GOOD);
    write(EvalSet.OUT_OF_SCOPE_FILE, "irgc");
    assertEquals(Set.of("irgc"), EvalSet.load(List.of(file)).outOfScope());
  }

  @Test
  void aMissingLocationIsReported() {
    assertThrows(NoSuchFileException.class, () -> EvalSet.load(List.of(directory.resolve("absent.jsonl"))));
  }

  private void assertBadLine(String line, String expected) throws IOException {
    Path file = write("bad.jsonl", GOOD.replace("fa-0001", "fa-0000"), line);
    EvalSetFormatException error = assertThrows(EvalSetFormatException.class, () -> EvalSet.load(List.of(file)));
    assertTrue(error.getMessage().startsWith(file + ":2: "), error.getMessage());
    assertTrue(error.getMessage().contains(expected), error.getMessage());
  }

  @Test
  void malformedLinesNameFileLineAndProblem() throws IOException {
    assertBadLine("{not json", "not JSON");
    assertBadLine("[1, 2]", "not a JSON object");
    assertBadLine("{\"lang\":\"fa\",\"text\":\"x\",\"mentions\":[]}", "\"id\" must be a non-empty string");
    assertBadLine("{\"id\":\"a\",\"lang\":\"fa\",\"text\":\"x\"}", "no \"mentions\" array");
    assertBadLine(GOOD.replace("\"end\":5", "\"end\":6"), "not a span inside its text of 5 chars");
    assertBadLine(GOOD.replace("\"end\":5", "\"end\":0"), "not a span inside");
    assertBadLine(GOOD.replace("\"start\":0", "\"start\":\"0\""), "not a span inside");
    assertBadLine(GOOD.replace("country", "nation"), "kind \"nation\"");
    assertBadLine(GOOD.replace("\"entity\":\"IR\"", "\"entity\":\"\""), "\"entity\" must be a non-empty string");
    assertBadLine(GOOD.replace("{\"id\"", "{\"date\":\"1387/07/06\",\"id\""), "write the publication day as yyyy-MM-dd");
  }

  @Test
  void anOptionalDateAndRoleMentions() throws IOException {
    String dated = GOOD.replace("{\"id\"", "{\"date\":\"2008-09-27\",\"id\"").replace("country", "role");
    EvalSet set = EvalSet.load(List.of(write("dated.jsonl", dated)));
    assertEquals(java.time.LocalDate.of(2008, 9, 27), set.sentences().get(0).date());
    assertEquals("role", set.sentences().get(0).mentions().get(0).kind());
    assertEquals(null, EvalSet.load(List.of(write("plain.jsonl", GOOD))).sentences().get(0).date());
  }

  @Test
  void duplicateIdsAcrossFilesAreAnError() throws IOException {
    write("a.jsonl", GOOD);
    write("b.jsonl", GOOD);
    EvalSetFormatException error = assertThrows(EvalSetFormatException.class,
        () -> EvalSet.load(List.of(directory)));
    assertTrue(error.getMessage().contains("sentence id fa-0001 also at " + directory.resolve("a.jsonl") + ":1"),
        error.getMessage());
  }
}
