package org.paivand.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paivand.corpus.CorpusParquetFiles;
import org.paivand.corpus.CorpusRecord;
import org.paivand.dates.DateParse;
import org.paivand.dates.PublicationDateParser;
import org.paivand.errors.UserError;

/**
 * The real-text corpus of {@code paivand bench --corpus real}, built from the shared data (no Spark): the same seed
 * gives the same rows, the files hold the rows asked for, the articles are about 1,700 characters in both languages,
 * every line is real text of the sources, and every date is one the job's parser reads, within the sources' range.
 */
class RealTextCorpusTest {
  static final long ARTICLES = 2_000;
  static final long ROWS_PER_FILE = 800;
  static final long SEED = 5;

  @TempDir static Path work;
  static Path data;
  static RealTextSummary summary;
  static List<CorpusRecord> rows;

  @BeforeAll
  static void build() throws IOException {
    data = RealTextData.directory();
    summary = RealTextCorpus.build(data, ARTICLES, SEED, ROWS_PER_FILE, work.resolve("first"));
    rows = readAll(summary);
  }

  @Test
  void theFilesHoldTheRowsInOrderWithTheFiguresOfTheSummary() throws IOException {
    assertEquals(List.of("part-00000.parquet", "part-00001.parquet", "part-00002.parquet"),
        summary.files().stream().map(file -> file.getFileName().toString()).toList());
    assertEquals(ARTICLES, rows.size());
    assertEquals("real5-000000000", rows.get(0).id());
    assertEquals("real5-000001999", rows.get(rows.size() - 1).id());
    assertEquals(rows.stream().mapToLong(row -> row.text().length()).sum(), summary.characters());
    assertEquals(rows.stream().filter(row -> row.lang().equals("fa")).count(), summary.persianArticles());
    assertEquals(summary, RealTextCorpus.existing(work.resolve("first")), "read back from summary.properties");
  }

  @Test
  void theSameSeedGivesTheSameRowsAndAnotherSeedOthers() throws IOException {
    RealTextSummary again = RealTextCorpus.build(data, ARTICLES, SEED, ROWS_PER_FILE, work.resolve("again"));
    assertEquals(rows, readAll(again));
    RealTextSummary other = RealTextCorpus.build(data, 50, SEED + 1, 50, work.resolve("other"));
    List<String> otherTexts = readAll(other).stream().map(CorpusRecord::text).toList();
    assertNotEquals(rows.subList(0, 50).stream().map(CorpusRecord::text).toList(), otherTexts);
  }

  @Test
  void articlesAverageAbout1700CharactersAndSplitTheTextBetweenTheLanguages() {
    assertTrue(summary.averageLength() > 1_550 && summary.averageLength() < 1_850,
        "chars per article: " + summary.averageLength());
    for (String language : List.of("fa", "en")) {
      double average = rows.stream().filter(row -> row.lang().equals(language))
          .mapToInt(row -> row.text().length()).average().orElse(0);
      assertTrue(average > 1_450 && average < 1_950, language + " chars per article: " + average);
    }
    assertTrue(summary.persianArticles() > 0.4 * ARTICLES && summary.persianArticles() < 0.6 * ARTICLES,
        "Persian articles: " + summary.persianArticles());
    assertTrue(summary.persianCharacterShare() > 0.4 && summary.persianCharacterShare() < 0.6,
        "Persian share of the characters: " + summary.persianCharacterShare());
  }

  @Test
  void everyDateParsesWithinTheRangeOfItsSource() {
    PublicationDateParser parser = new PublicationDateParser(ZoneOffset.UTC);
    for (CorpusRecord row : rows) {
      DateParse parsed = parser.parse(row.published());
      assertTrue(parsed.isValid(), row.id() + " " + row.published() + ": " + parsed.reason());
      boolean persian = row.lang().equals("fa");
      assertEquals(persian ? "fars" : "abcnews", row.source());
      assertTrue(row.published().matches(persian ? "1[34]\\d\\d/\\d\\d/\\d\\d" : "200[34]\\d{4}"), row.published());
      LocalDate first = persian ? LocalDate.of(2003, 4, 12) : LocalDate.of(2003, 2, 19);
      LocalDate last = persian ? LocalDate.of(2021, 7, 15) : LocalDate.of(2004, 2, 24);
      assertTrue(!parsed.date().isBefore(first) && !parsed.date().isAfter(last), row.published() + " " + parsed);
    }
  }

  @Test
  void everyLineIsRealTextOfTheSourcesAndNoneRepeatsInAnArticle() throws IOException {
    RealTextSources sources = RealTextSources.load(data);
    Set<String> paragraphs = new HashSet<>();
    sources.farsSites().forEach(site -> paragraphs.addAll(site.paragraphs()));
    Set<String> headlines = new HashSet<>();
    sources.headlineDays().forEach(day -> headlines.addAll(day.headlines()));
    for (CorpusRecord row : rows) {
      String[] lines = row.text().split("\n");
      assertEquals(row.title(), lines[0]);
      assertTrue(lines.length >= 2, row.id() + " has a body");
      List<String> parts = new ArrayList<>();
      for (int line = 1; line < lines.length; line++) {
        if (row.lang().equals("fa")) {
          parts.add(lines[line]);
        } else {
          for (String sentence : lines[line].split("\\. ?")) {
            parts.add(Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1));
          }
        }
      }
      Set<String> known = row.lang().equals("fa") ? paragraphs : headlines;
      for (String part : parts) {
        assertTrue(known.contains(part), row.id() + ": not in the sources: " + part);
      }
      assertEquals(parts.size(), new HashSet<>(parts).size(), row.id() + " repeats a line");
    }
  }

  @Test
  void aMissingDataDirectoryIsAUserErrorNamingIt() {
    Path missing = work.resolve("no-such-data");
    UserError error = assertThrows(UserError.class, () -> RealTextCorpus.build(missing, 10, 1, 10,
        work.resolve("never")));
    assertTrue(error.getMessage().contains(missing.toString()) && error.getMessage().contains("--data"),
        error.getMessage());
  }

  @Test
  void aDirectoryWithoutItsSummaryIsNotABuiltCorpus() throws IOException {
    Path incomplete = work.resolve("incomplete");
    Files.createDirectories(incomplete.resolve(RealTextCorpus.CORPUS_DIRECTORY));
    assertNull(RealTextCorpus.existing(incomplete));
  }

  private static List<CorpusRecord> readAll(RealTextSummary built) throws IOException {
    List<CorpusRecord> all = new ArrayList<>();
    for (Path file : built.files()) {
      all.addAll(CorpusParquetFiles.readAll(new org.apache.hadoop.fs.Path(file.toUri())));
    }
    return all;
  }
}
