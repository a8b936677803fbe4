package org.paivand.output;

import org.paivand.spark.run.CooccurrenceJob;
import org.paivand.spark.CorpusFixtures;
import org.paivand.spark.SharedSpark;
import org.paivand.output.OutputPublisher;
import org.paivand.spark.job.JobConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paivand.errors.UserError;

/** The output is replaced whole or not at all, and never replaces a directory that is not a paivand output. */
class OutputPublishingTest {
  @TempDir Path work;

  @Test
  void aFailedRunLeavesThePreviousOutputAsItWas() throws Exception {
    String good = CorpusFixtures.write(work.resolve("good"), DataTypes.StringType,
        List.<Object[]>of(new Object[] {"a", "Iran and Russia.", "2020-10-06"}));
    Path output = work.resolve("out");
    CooccurrenceJob.run(SharedSpark.session(), JobConfig.of(List.of(good), output.toString()));
    String before = Files.readString(output.resolve("_run.json"));

    JobConfig missingColumn = JobConfig.of(List.of(good), output.toString()).toBuilder().textColumns(List.of("body")).build();
    UserError error = assertThrows(UserError.class,
        () -> CooccurrenceJob.run(SharedSpark.session(), missingColumn));
    assertTrue(error.getMessage().contains("'body' (--text-col)"), error.getMessage());
    assertTrue(error.getMessage().contains("columns found: id, text, published"), error.getMessage());

    assertEquals(before, Files.readString(output.resolve("_run.json")));
    assertTrue(Files.exists(output.resolve("pairs_daily")));
    try (var siblings = Files.list(work)) {
      assertFalse(siblings.anyMatch(p -> p.getFileName().toString().contains(".staging-")), "staging removed");
    }
  }

  @Test
  void aSecondRunReplacesTheFirstWhole() throws Exception {
    Path output = work.resolve("out");
    String first = CorpusFixtures.write(work.resolve("first"), DataTypes.StringType,
        List.<Object[]>of(new Object[] {"a", "Iran and Russia.", "2020-10-06"}));
    String second = CorpusFixtures.write(work.resolve("second"), DataTypes.StringType,
        List.<Object[]>of(new Object[] {"b", "Armenia and Azerbaijan.", "2021-01-02"}));
    CooccurrenceJob.run(SharedSpark.session(), JobConfig.of(List.of(first), output.toString()));
    CooccurrenceJob.run(SharedSpark.session(), JobConfig.of(List.of(second), output.toString()));
    List<String> months;
    try (var entries = Files.list(output.resolve("totals_daily"))) {
      months = entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("pub_month=")).toList();
    }
    assertEquals(List.of("pub_month=2021-01"), months);
  }

  @Test
  void refusesToReplaceADirectoryThatIsNotAPaivandOutput() throws Exception {
    Path precious = Files.createDirectories(work.resolve("thesis"));
    Files.writeString(precious.resolve("chapter1.tex"), "do not delete");
    String input = CorpusFixtures.write(work.resolve("in"), DataTypes.StringType,
        List.<Object[]>of(new Object[] {"a", "Iran.", "2020-10-06"}));
    UserError error = assertThrows(UserError.class, () -> CooccurrenceJob.run(SharedSpark.session(),
        JobConfig.of(List.of(input), precious.toString())));
    assertTrue(error.getMessage().contains("not a paivand output"), error.getMessage());
    assertEquals("do not delete", Files.readString(precious.resolve("chapter1.tex")));
  }

  @Test
  void aRunKilledBetweenTheTwoRenamesIsRepairedByTheNext() throws Exception {
    Path output = work.resolve("out");
    String input = CorpusFixtures.write(work.resolve("in"), DataTypes.StringType,
        List.<Object[]>of(new Object[] {"a", "Iran and Russia.", "2020-10-06"}));
    CooccurrenceJob.run(SharedSpark.session(), JobConfig.of(List.of(input), output.toString()));
    String report = Files.readString(output.resolve("_run.json"));
    // the state a kill -9 leaves after "output -> previous" and before "staging -> output"
    Files.move(output, work.resolve(".out.previous-20201006T000000-dead"));

    OutputPublisher publisher = OutputPublisher.open(output.toUri().toString(), "next",
        SharedSpark.session().sparkContext().hadoopConfiguration());
    assertEquals(report, Files.readString(output.resolve("_run.json")), "the previous output is back in place");
    assertFalse(Files.exists(work.resolve(".out.previous-20201006T000000-dead")));
    publisher.abort();
  }

  @Test
  void aMissingInputIsAUserError() {
    UserError error = assertThrows(UserError.class, () -> CooccurrenceJob.run(SharedSpark.session(),
        JobConfig.of(List.of(work.resolve("nowhere").toString()), work.resolve("out").toString())));
    assertTrue(error.getMessage().contains("does not exist"), error.getMessage());
    assertFalse(Files.exists(work.resolve("out")));
  }
}
