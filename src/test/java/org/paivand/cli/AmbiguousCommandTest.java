package org.paivand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code paivand ambiguous}: hits of each Persian alias by cue, from Fars JSON and ArmanPersoNER token files. */
class AmbiguousCommandTest {
  @TempDir Path directory;

  @Test
  void countsEachAliasesHitsByCueAndShowsTheCuelessOnes() throws IOException {
    // ظریف: a title (name), a determiner (word), and an adjective after a noun (no cue), in two Fars articles
    Files.writeString(directory.resolve("fars.json"), "[{\"title\": \"آقای ظریف گفت\", \"abstract\": \"این ظریف\","
        + " \"paragraphs\": [\"تفاوتهای ظریف در صدا\"]}, {\"title\": \"پوتین گفت\", \"abstract\": \"\","
        + " \"paragraphs\": []}]", StandardCharsets.UTF_8);
    // the same adjective in an Arman sentence: one token and its tag per line
    Files.write(directory.resolve("arman.txt"), List.of("نکات O", "ظریف O", "هنری O", "", "لاوروف B-pers"),
        StandardCharsets.UTF_8);
    ExtractCommandTest.Run run = ExtractCommandTest.paivand("ambiguous", directory.toString(), "--min-hits", "1");
    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = run.out().lines().toList();
    assertTrue(lines.get(0).startsWith("4 texts;"), run.out());
    String zarif = lines.stream().filter(line -> line.startsWith("ظریف ")).findFirst().orElseThrow();
    assertEquals(List.of("ظریف", "zarif", "4", "1", "1", "2", "50%"), List.of(zarif.trim().split("\\s+")));
    assertTrue(run.out().contains("تفاوتهای ظریف در صدا …"), run.out());
    assertTrue(run.out().contains("… نکات ظریف هنری …"), run.out());
    assertTrue(lines.stream().anyMatch(line -> line.startsWith("لاوروف ") && line.contains(" lavrov ")), run.out());
    assertTrue(lines.indexOf(zarif) < lines.indexOf(lines.stream().filter(l -> l.startsWith("لاوروف ")).findFirst()
        .orElseThrow()), "most cue-less hits first");
  }

  @Test
  void aMissingInputIsAUserError() {
    ExtractCommandTest.Run run = ExtractCommandTest.paivand("ambiguous", directory.resolve("nope").toString());
    assertEquals(2, run.exitCode(), run.out() + run.err());
    assertTrue(run.err().contains("nope"), run.err());
  }
}
