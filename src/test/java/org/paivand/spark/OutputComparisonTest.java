package org.paivand.spark;

import org.paivand.spark.run.CooccurrenceJob;
import org.paivand.output.OutputPublisher;
import org.paivand.spark.job.JobConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checker run-demo relies on: equal outputs pass, and a changed row, count or report figure is reported. */
class OutputComparisonTest {
  @TempDir static Path work;
  static String first;
  static String again;
  static String changed;

  @BeforeAll
  static void runThreeTimes() {
    List<Object[]> rows = List.of(
        new Object[] {"a", "Iran and Russia met.", "2020-10-06"},
        new Object[] {"b", "Armenia and Azerbaijan.", "1399/07/15"},
        new Object[] {"c", "No date here.", "someday"},
        new Object[] {"a", "Iran and Russia met again.", "2020-10-07"}); // a repeated id: duplicates has a row
    String input = CorpusFixtures.write(work.resolve("in"), DataTypes.StringType, rows);
    String otherInput = CorpusFixtures.write(work.resolve("other"), DataTypes.StringType, List.of(rows.get(0),
        new Object[] {"b", "Armenia and France.", "1399/07/15"}, rows.get(2), rows.get(3)));
    first = run(input, "first");
    again = run(input, "again");
    changed = run(otherInput, "changed");
  }

  static String run(String input, String name) {
    String output = work.resolve(name).toString();
    CooccurrenceJob.run(SharedSpark.session(), JobConfig.of(List.of(input), output));
    return output;
  }

  @Test
  void twoRunsOfTheSameInputAreEqual() {
    assertEquals(List.of(), OutputComparison.tableDifferences(SharedSpark.session(), first, again));
    assertEquals(List.of(), OutputComparison.reportDifferences(SharedSpark.session(), first, again, null));
  }

  @Test
  void anEmptyExpectedTableIsADifference() throws Exception {
    Path empty = work.resolve("no-rejects");
    String input = CorpusFixtures.write(work.resolve("in-clean"), DataTypes.StringType,
        List.<Object[]>of(new Object[] {"a", "Iran and Russia met.", "2020-10-06"}));
    CooccurrenceJob.run(SharedSpark.session(), JobConfig.of(List.of(input), empty.toString()));
    List<String> differences = OutputComparison.tableDifferences(SharedSpark.session(), empty.toString(),
        empty.toString());
    assertTrue(differences.contains("rejects: no rows in the expected output " + empty + ", so nothing is compared"),
        String.join("\n", differences));
  }

  @Test
  void aChangedArticleShowsInTheTablesItReaches() {
    List<String> differences = OutputComparison.tableDifferences(SharedSpark.session(), first, changed);
    assertTrue(differences.contains("pairs_daily: unexpected row [2020-10-06,AM,FR,document,1,null,2020-10]"),
        String.join("\n", differences));
    assertTrue(differences.contains("pairs_daily: missing row [2020-10-06,AM,AZ,document,1,null,2020-10]"),
        String.join("\n", differences));
    assertTrue(differences.stream().noneMatch(line -> line.startsWith("totals_daily")), "same days, same totals");
    assertTrue(differences.stream().noneMatch(line -> line.startsWith("rejects")), "same reject");
  }

  @Test
  void aChangedCountOrMasterShowsInTheReport() throws Exception {
    Path report = Path.of(again).resolve(OutputPublisher.RUN_REPORT);
    Path copy = work.resolve("edited");
    Files.createDirectories(copy);
    Files.writeString(copy.resolve(OutputPublisher.RUN_REPORT),
        Files.readString(report).replace("\"rows_used\" : 2", "\"rows_used\" : 3"));
    List<String> differences = OutputComparison.reportDifferences(SharedSpark.session(), first,
        copy.toString(), "spark://127.0.0.1:7077");
    assertEquals(List.of("_run.json rows_used: 3, expected 2",
        "_run.json spark.master: local[2], expected spark://127.0.0.1:7077",
        "_run.json spark.application_id: '" + SharedSpark.session().sparkContext().applicationId()
            + "', expected app-<time>-<number>"), differences);
  }

  @Test
  void standaloneApplicationIdsHaveTheMastersShape() {
    assertTrue(OutputComparison.STANDALONE_APPLICATION_ID.matcher("app-20261128101530-0000").matches());
    assertTrue(!OutputComparison.STANDALONE_APPLICATION_ID.matcher("local-1764324930123").matches());
  }
}
