package org.paivand.spark.input;

import org.paivand.spark.run.CooccurrenceJob;
import org.paivand.spark.CorpusFixtures;
import org.paivand.spark.run.RunResult;
import org.paivand.spark.SharedSpark;
import org.paivand.spark.input.InputFiles;
import org.paivand.spark.job.JobConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paivand.errors.UserError;

/**
 * Corrupt, truncated and non-Parquet files among good ones, and files whose schemas differ: the run either stops
 * before writing anything, naming the files, or (with --skip-corrupt-files) goes on and lists what it skipped.
 */
class BadInputFilesTest {
  @TempDir static Path work;
  static Path corpus;

  @BeforeAll
  static void corpusWithBadFiles() throws Exception {
    corpus = Files.createDirectories(work.resolve("corpus"));
    for (String name : List.of("a", "b")) {
      Path written = Path.of(java.net.URI.create(CorpusFixtures.write(work.resolve("good-" + name),
          DataTypes.StringType, List.<Object[]>of(new Object[] {name + "1", "Iran and Russia.", "2020-10-06"},
              new Object[] {name + "2", "Armenia and Azerbaijan.", "2020-10-07"}))));
      Files.copy(CorpusFixtures.dataFile(written), corpus.resolve("good-" + name + ".parquet"));
    }
    byte[] good = Files.readAllBytes(corpus.resolve("good-a.parquet"));
    Files.write(corpus.resolve("truncated.parquet"), Arrays.copyOf(good, good.length / 2));
    Files.writeString(corpus.resolve("notes.parquet"), "this is not parquet at all");
    Files.writeString(corpus.resolve("_SUCCESS"), "");
    Files.writeString(corpus.resolve(".hidden"), "ignored like Spark does");
  }

  @Test
  void corruptFilesStopTheRunBeforeAnythingIsWrittenAndAreNamed() {
    Path output = work.resolve("out-stop");
    UserError error = assertThrows(UserError.class, () -> CooccurrenceJob.run(SharedSpark.session(),
        JobConfig.of(List.of(corpus.toString()), output.toString())));
    assertTrue(error.getMessage().startsWith("2 input file(s) are not readable Parquet"), error.getMessage());
    assertTrue(error.getMessage().contains("truncated.parquet"), error.getMessage());
    assertTrue(error.getMessage().contains("notes.parquet"), error.getMessage());
    assertTrue(error.getMessage().contains("--skip-corrupt-files"), error.getMessage());
    assertFalse(error.getMessage().contains("good-a"), error.getMessage());
    assertFalse(Files.exists(output));
  }

  @Test
  void skipCorruptFilesGoesOnAndListsThem() throws Exception {
    Path output = work.resolve("out-skip");
    RunResult result = CooccurrenceJob.run(SharedSpark.session(),
        JobConfig.of(List.of(corpus.toString()), output.toString()).toBuilder().skipCorruptFiles(true).build());
    assertEquals(4, result.rowsRead());
    assertEquals(4, result.rowsUsed());
    assertEquals(4, result.inputFiles());
    JsonNode report = new ObjectMapper().readTree(output.resolve("_run.json").toFile());
    List<String> skipped = new ArrayList<>();
    report.get("skipped_files").forEach(node -> skipped.add(node.asText()));
    assertEquals(2, skipped.size(), skipped.toString());
    assertTrue(skipped.stream().anyMatch(line -> line.contains("truncated.parquet: ")), skipped.toString());
    assertTrue(skipped.stream().anyMatch(line -> line.contains("notes.parquet: ")), skipped.toString());
  }

  @Test
  void corruptPagesBehindAGoodFooterAreNamedToo() throws Exception {
    Path directory = Files.createDirectories(work.resolve("pages"));
    Path written = Path.of(java.net.URI.create(CorpusFixtures.write(work.resolve("pages-source"),
        DataTypes.StringType, List.<Object[]>of(new Object[] {"p1", "Iran and Russia.", "2020-10-06"}))));
    byte[] bytes = Files.readAllBytes(CorpusFixtures.dataFile(written));
    for (int i = 4; i < 40; i++) {
      bytes[i] = (byte) 0xFF; // the first page header, right after the PAR1 magic; the footer stays intact
    }
    Files.write(directory.resolve("pages.parquet"), bytes);
    assertTrue(InputFiles.readFooter(directory.resolve("pages.parquet").toUri().toString(),
        SharedSpark.session().sparkContext().hadoopConfiguration()).readable(), "footer still readable");

    UserError error = assertThrows(UserError.class, () -> CooccurrenceJob.run(SharedSpark.session(),
        JobConfig.of(List.of(directory.toString()), work.resolve("out-pages").toString())));
    assertTrue(error.getMessage().contains("pages.parquet"), error.getMessage());
    assertFalse(Files.exists(work.resolve("out-pages")));

    RunResult skipped = CooccurrenceJob.run(SharedSpark.session(), JobConfig.of(List.of(directory.toString()),
        work.resolve("out-pages-skip").toString()).toBuilder().skipCorruptFiles(true).build());
    assertTrue(skipped.reconciles());
    assertEquals(1, skipped.rowsRead());
    assertEquals(0, skipped.rowsUsed());
    assertEquals(1, skipped.rowsUnreadable(), "the row in the corrupt page is reported, not dropped silently");
  }

  @Test
  void aColumnAddedLaterIsReadAsNullInTheOlderFiles() throws Exception {
    Path directory = Files.createDirectories(work.resolve("evolving"));
    copyInto(directory, "old", CorpusFixtures.write(work.resolve("evolving-old"), DataTypes.StringType,
        List.<Object[]>of(new Object[] {"o1", "Iran and Russia.", "2020-10-06"})));
    StructType withLang = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType)
        .add("published", DataTypes.StringType).add("lang", DataTypes.StringType)
        .add("views", DataTypes.StringType);
    copyInto(directory, "new", CorpusFixtures.write(work.resolve("evolving-new"), withLang,
        List.<Object[]>of(new Object[] {"n1", "ایران و روسیه", "1399/07/15", "fa", "many"})));
    StructType viewsAsNumber = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType)
        .add("published", DataTypes.StringType).add("views", DataTypes.LongType);
    copyInto(directory, "newer", CorpusFixtures.write(work.resolve("evolving-newer"), viewsAsNumber,
        List.<Object[]>of(new Object[] {"n2", "Armenia.", "2020-10-06", 12L})));

    Path output = work.resolve("out-evolving");
    RunResult result = CooccurrenceJob.run(SharedSpark.session(),
        JobConfig.of(List.of(directory.toString()), output.toString()));
    assertEquals(3, result.rowsUsed(), "a type change in an unused column (views) does not matter");
    List<String> langs = SharedSpark.session().read().parquet(output.resolve("articles").toString())
        .orderBy("id").select("lang").collectAsList().stream().map(row -> String.valueOf(row.get(0))).toList();
    assertEquals(List.of("fa", "null", "null"), langs);
  }

  @Test
  void aDateColumnThatIsAStringInSomeFilesAndATimestampInOthersIsRefusedWithTheFilesNamed() throws Exception {
    Path directory = Files.createDirectories(work.resolve("mixed-dates"));
    copyInto(directory, "strings", CorpusFixtures.write(work.resolve("mixed-strings"), DataTypes.StringType,
        List.<Object[]>of(new Object[] {"s1", "Iran.", "2020-10-06"})));
    copyInto(directory, "stamps", CorpusFixtures.write(work.resolve("mixed-stamps"), DataTypes.TimestampType,
        List.<Object[]>of(new Object[] {"t1", "Iran.", Timestamp.valueOf("2020-10-06 10:00:00")})));
    UserError error = assertThrows(UserError.class, () -> CooccurrenceJob.run(SharedSpark.session(),
        JobConfig.of(List.of(directory.toString()), work.resolve("out-mixed").toString())));
    assertTrue(error.getMessage().contains("column 'published'"), error.getMessage());
    assertTrue(error.getMessage().contains("strings.parquet"), error.getMessage());
    assertTrue(error.getMessage().contains("stamps.parquet"), error.getMessage());
    assertTrue(error.getMessage().contains("BINARY"), error.getMessage());
    assertFalse(Files.exists(work.resolve("out-mixed")));
  }

  @Test
  void anInputWithNoDataFilesIsAUserError() throws Exception {
    Path empty = Files.createDirectories(work.resolve("empty"));
    Files.writeString(empty.resolve("_SUCCESS"), "");
    UserError error = assertThrows(UserError.class, () -> CooccurrenceJob.run(SharedSpark.session(),
        JobConfig.of(List.of(empty.toString()), work.resolve("out-empty").toString())));
    assertTrue(error.getMessage().contains("holds no data files"), error.getMessage());
  }

  private static void copyInto(Path directory, String name, String writtenUri) throws Exception {
    Path written = Path.of(java.net.URI.create(writtenUri));
    Files.copy(CorpusFixtures.dataFile(written), directory.resolve(name + ".parquet"));
  }
}
