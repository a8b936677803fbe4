package org.paivand.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;

/**
 * Checks the committed demo corpus ({@code samples/demo-corpus}, built by {@code samples/build-demo-corpus}) against
 * what {@code samples/README.md} says it holds.
 */
class DemoCorpusTest {
  static final File REPO = new File(System.getProperty("paivand.repo", "."));
  static final File DEMO_CORPUS = new File(REPO, "samples/demo-corpus");
  /** The byte-for-byte copy of ../shared/seed/irna-karabakh-article.txt kept with the tests. */
  static final File SEED_ARTICLE = new File(REPO, "src/test/resources/seed/irna-karabakh-article.txt");

  static List<CorpusRecord> corpus(String name) throws IOException {
    File directory = new File(DEMO_CORPUS, name);
    assertEquals(List.of(CorpusImporter.PART_FILE_NAME), List.of(directory.list()), "one file in " + directory);
    return CorpusParquetFiles.readAll(new Path(new File(directory, CorpusImporter.PART_FILE_NAME).toURI()));
  }

  static Map<String, Long> countsBy(List<CorpusRecord> records, Function<CorpusRecord, String> key) {
    return records.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
  }

  @Test
  void farsHoldsFile1TheSelectedArticlesAndOneDuplicate() throws IOException {
    List<CorpusRecord> fars = corpus("fars");
    assertEquals(319, fars.size());
    assertEquals(2L, countsBy(fars, CorpusRecord::id).get("8307080370"));
    assertEquals(318, countsBy(fars, CorpusRecord::id).size());
    assertEquals(
        List.of("6010060837", "6011171294"),
        fars.stream().filter(record -> record.published() == null).map(CorpusRecord::id).sorted().toList());
    assertEquals(Map.of("fa fars", 319L), countsBy(fars, record -> record.lang() + " " + record.source()));
  }

  @Test
  void abcnewsHoldsTheIraqWarWeekAndTheCountryHeadlines() throws IOException {
    List<CorpusRecord> abcnews = corpus("abcnews");
    assertEquals(2186, abcnews.size());
    long week = abcnews.stream().filter(record -> record.published().compareTo("20030317") >= 0
        && record.published().compareTo("20030323") <= 0).count();
    assertEquals(1510, week);
    assertEquals(Map.of("en abcnews", 2186L), countsBy(abcnews, record -> record.lang() + " " + record.source()));
    assertEquals("abcnews-107", abcnews.get(0).id(), "ids keep the data line number of the original file");
  }

  @Test
  void abcnews2003HoldsEveryOtherHeadlineUpToJune() throws IOException {
    List<CorpusRecord> dense = corpus("abcnews-2003");
    List<CorpusRecord> abcnews = corpus("abcnews");
    assertEquals(25715, dense.size());
    assertEquals("20030219", dense.get(0).published(), "first row");
    assertEquals("20030630", dense.get(dense.size() - 1).published(), "last row");
    assertEquals("20030219", dense.stream().map(CorpusRecord::published).min(String::compareTo).orElseThrow());
    assertEquals("20030630", dense.stream().map(CorpusRecord::published).max(String::compareTo).orElseThrow());
    assertEquals(Map.of("en abcnews", 25715L), countsBy(dense, record -> record.lang() + " " + record.source()));
    assertEquals("abcnews-1", dense.get(0).id(), "ids keep the data line number of the original file");

    Set<String> abcnewsIds = abcnews.stream().map(CorpusRecord::id).collect(Collectors.toSet());
    assertEquals(List.of(), dense.stream().map(CorpusRecord::id).filter(abcnewsIds::contains).toList(),
        "ids of abcnews-2003 that are also in abcnews");

    // 20030401 has 215 headlines in abcnews-date-text-head.csv.gz (2 of them in abcnews)
    List<CorpusRecord> both = Stream.concat(abcnews.stream(), dense.stream()).toList();
    Set<String> april1 = both.stream().filter(record -> record.published().equals("20030401"))
        .map(CorpusRecord::id).collect(Collectors.toSet());
    assertEquals(215, april1.size());
    // and every headline up to 20030630: data lines 1 to 27,440 of the file
    Set<String> upToJune = both.stream().filter(record -> record.published().compareTo("20030630") <= 0)
        .map(CorpusRecord::id).collect(Collectors.toSet());
    assertEquals(IntStream.rangeClosed(1, 27440).mapToObj(n -> "abcnews-" + n).collect(Collectors.toSet()), upToJune);
    assertEquals(27440, both.stream().filter(record -> record.published().compareTo("20030630") <= 0).count(),
        "rows up to 20030630: each of those ids once");
  }

  @Test
  void seedIsTheIrnaArticleByteForByte() throws IOException {
    List<CorpusRecord> seed = corpus("seed");
    assertEquals(1, seed.size());
    CorpusRecord record = seed.get(0);
    assertEquals(
        new CorpusRecord("irna-karabakh-seed", null, record.text(), "1399/07/15", "fa", "irna", null), record);
    byte[] expected = Files.readAllBytes(SEED_ARTICLE.toPath());
    assertArrayEquals(expected, record.text().getBytes(StandardCharsets.UTF_8));
  }
}
