package org.paivand.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paivand.corpus.CorpusParquetFiles;
import org.paivand.corpus.CorpusRecord;

/** The generated corpus: deterministic, in files of the asked size, with the shares and copies it promises. */
class CorpusGeneratorTest {
  static final int ARTICLES = 4_000;
  @TempDir static Path work;
  static GenerateSummary summary;
  static List<CorpusRecord> rows = new ArrayList<>();

  @BeforeAll
  static void generate() throws IOException {
    summary = CorpusGenerator.generate(GeneratorOptions.of(ARTICLES, 5, work.resolve("a")).withDays(30)
        .withRowsPerFile(1_500), written -> { });
    for (Path file : summary.corpusFiles()) {
      rows.addAll(CorpusParquetFiles.readAll(new org.apache.hadoop.fs.Path(file.toUri())));
    }
  }

  @Test
  void rowsAreSplitIntoFilesOfTheAskedSize() {
    assertEquals(3, summary.corpusFiles().size());
    assertEquals(ARTICLES, rows.size());
    assertEquals(ARTICLES, rows.stream().map(CorpusRecord::id).distinct().count(), "ids are unique");
  }

  @Test
  void sameSeedSameCorpusOtherSeedAnother() throws IOException {
    GenerateSummary again = CorpusGenerator.generate(GeneratorOptions.of(ARTICLES, 5, work.resolve("b")).withDays(30)
        .withRowsPerFile(1_500), written -> { });
    assertEquals(rows, readAll(again));
    assertEquals(Files.readString(summary.truthDirectory().resolve("pairs.csv")),
        Files.readString(again.truthDirectory().resolve("pairs.csv")));
    GenerateSummary other = CorpusGenerator.generate(GeneratorOptions.of(100, 6, work.resolve("c")), written -> { });
    assertNotEquals(rows.get(0).text(), CorpusParquetFiles.readAll(new org.apache.hadoop.fs.Path(other.corpusFiles().get(0).toUri())).get(0).text());
  }

  @Test
  void lengthsAreThoseOfRealArticles() {
    double average = rows.stream().mapToInt(row -> row.text().length()).average().orElseThrow();
    assertTrue(average > 1_500 && average < 1_950, "average " + average);
    assertTrue(rows.stream().allMatch(row -> row.text().length() >= 900 && row.text().length() <= 3_000));
  }

  @Test
  void languagesBusyDayAndCopiesHaveTheirShares() throws IOException {
    long persian = rows.stream().filter(row -> row.lang().equals("fa")).count();
    assertEquals(0.6, persian / (double) ARTICLES, 0.03);
    LocalDate busy = LocalDate.of(2020, 3, 20).plusDays(15);
    String busyLine = Files.readAllLines(summary.truthDirectory().resolve("totals.csv")).stream()
        .filter(line -> line.startsWith(busy + ",")).findFirst().orElseThrow();
    long onBusyDay = Long.parseLong(busyLine.split(",")[1]);
    assertEquals(onBusyDay, summary.busyDayArticles());
    // 20% on the busy day plus its uniform share of the rest (1/30 of 80%)
    assertEquals(0.2 + 0.8 / 30, onBusyDay / (double) ARTICLES, 0.025);
    assertEquals(0.05, (summary.exactCopies() + summary.nearCopies()) / (double) ARTICLES, 0.012);
  }

  @Test
  void exactCopiesRepeatTheTextNearCopiesChangeOnlyTheBoilerplate() throws IOException {
    Map<String, CorpusRecord> byId = new HashMap<>();
    rows.forEach(row -> byId.put(row.id(), row));
    List<String> lines = Files.readAllLines(summary.truthDirectory().resolve("duplicates.csv"));
    assertEquals("cluster,id,kind", lines.get(0));
    int exact = 0;
    int near = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] fields = line.split(",");
      CorpusRecord original = byId.get(fields[0]);
      CorpusRecord copy = byId.get(fields[1]);
      assertNotEquals(original.id(), copy.id());
      if (fields[2].equals("exact")) {
        assertEquals(original.text(), copy.text());
        assertEquals(original.published(), copy.published());
        exact++;
      } else {
        assertNotEquals(original.text(), copy.text());
        assertEquals(original.title(), copy.title());
        assertTrue(copy.text().endsWith(original.text().substring(original.text().length() - 500)));
        near++;
      }
    }
    assertEquals(summary.exactCopies(), exact);
    assertEquals(summary.nearCopies(), near);
    assertTrue(exact > 0 && near > 0);
  }

  @Test
  void aNonEmptyOutputIsRefused() throws IOException {
    Path used = Files.createDirectories(work.resolve("used"));
    Files.writeString(used.resolve("keep.txt"), "x");
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> CorpusGenerator.generate(GeneratorOptions.of(10, 1, used), written -> { }));
    assertTrue(error.getMessage().contains("not empty"), error.getMessage());
  }

  @Test
  void languageMixIsCheckedAndScaled() {
    LanguageMix mix = LanguageMix.parse("fa:3,en:1");
    assertEquals("fa", mix.pick(0.74));
    assertEquals("en", mix.pick(0.76));
    assertEquals("language 'ar' has no material; use fa or en",
        assertThrows(IllegalArgumentException.class, () -> LanguageMix.parse("ar:1")).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> LanguageMix.parse("fa"))
        .getMessage().contains("is not lang:share"));
  }

  private static List<CorpusRecord> readAll(GenerateSummary generated) throws IOException {
    List<CorpusRecord> all = new ArrayList<>();
    for (Path file : generated.corpusFiles()) {
      all.addAll(CorpusParquetFiles.readAll(new org.apache.hadoop.fs.Path(file.toUri())));
    }
    return all;
  }
}
