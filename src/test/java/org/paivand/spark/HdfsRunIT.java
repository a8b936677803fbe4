package org.paivand.spark;

import org.paivand.spark.run.CooccurrenceJob;
import org.paivand.spark.run.RunResult;
import org.paivand.output.OutputPublisher;
import org.paivand.spark.job.JobConfig;
import org.paivand.spark.job.SparkSessions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.hadoop.hdfs.protocol.HdfsFileStatus;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paivand.errors.UserError;

/**
 * The job with its input and output on HDFS: a NameNode and a DataNode on 127.0.0.1 in this JVM (MiniDFSCluster,
 * from {@code hadoop-client-minicluster}, the Hadoop version Spark brings). It runs under Failsafe, in a JVM of its
 * own, with its own local Spark session: the MiniDFSCluster's Hadoop server classes stay out of the unit tests'
 * JVM. Paths are {@code hdfs://} URIs throughout, as a user gives them.
 */
class HdfsRunIT {
  static final StructType CORPUS = new StructType()
      .add("id", DataTypes.StringType)
      .add("text", DataTypes.StringType)
      .add("published", DataTypes.StringType);
  @TempDir static Path storage;
  static MiniDFSCluster hdfs;
  static FileSystem fileSystem;
  static SparkSession spark;
  static String root;

  @BeforeAll
  static void startHdfsAndSpark() throws IOException {
    Configuration configuration = new Configuration();
    configuration.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, storage.toString());
    hdfs = new MiniDFSCluster.Builder(configuration).numDataNodes(1).build();
    hdfs.waitActive();
    fileSystem = hdfs.getFileSystem();
    root = fileSystem.getUri() + "/news";
    // one DataNode: one replica, so that closing a file does not wait for replicas that cannot exist
    spark = SparkSessions.local("local[2]", Map.of("spark.sql.shuffle.partitions", "2",
        "spark.hadoop.dfs.replication", "1"));
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
    if (hdfs != null) {
      hdfs.shutdown();
    }
  }

  @Test
  void hdfsListensOnLoopbackOnly() {
    assertTrue(hdfs.getNameNode().getNameNodeAddress().getAddress().isLoopbackAddress(),
        hdfs.getNameNode().getNameNodeAddress().toString());
    assertTrue(hdfs.getDataNodes().get(0).getXferAddress().getAddress().isLoopbackAddress(),
        hdfs.getDataNodes().get(0).getXferAddress().toString());
    assertTrue(root.startsWith("hdfs://"), root);
  }

  @Test
  void readsTheCorpusFromHdfsAndPublishesTheOutputThere() throws Exception {
    String input = writeCorpus("corpus-counts",
        row("a", "Iran and Russia met.", "2020-10-06"),
        row("b", "Armenia and Azerbaijan. Iran too.", "1399/07/15"),
        row("c", "Russia, no date.", null),
        row("a", "Iran and Russia met.", "2020-10-06"));
    String output = root + "/out-counts";
    RunResult result = CooccurrenceJob.run(spark, JobConfig.of(List.of(input), output));

    assertEquals(List.of(4L, 2L, 1L, 1L),
        List.of(result.rowsRead(), result.rowsUsed(), result.rowsRejected(), result.rowsDuplicate()));
    assertEquals(output, result.output());
    assertTrue(fileSystem.exists(new org.apache.hadoop.fs.Path(output, "_SUCCESS")));
    JsonNode report = report(output);
    assertEquals(4, report.get("rows_read").asLong());
    assertTrue(report.get("reconciled").asBoolean());

    List<Row> totals = spark.read().parquet(output + "/totals_daily").select("pub_date", "articles")
        .collectAsList();
    assertEquals("[[2020-10-06,2]]", totals.toString(), "a and b are both of 2020-10-06 (1399/07/15)");
    List<String> documentPairs = spark.read().parquet(output + "/pairs_daily").where("scope = 'document'")
        .orderBy("entity_a", "entity_b").select("entity_a", "entity_b", "articles").collectAsList()
        .stream().map(Row::toString).toList();
    assertEquals(List.of("[AM,AZ,1]", "[AM,IR,1]", "[AZ,IR,1]", "[IR,RU,1]"), documentPairs);
    assertEquals(1, spark.read().parquet(output + "/rejects").where("id = 'c'").count());
    assertEquals(List.of(), leftovers("out-counts"), "no staging or previous directory is left");
  }

  @Test
  void aSecondRunReplacesTheFirstByRenameAndAFailedOneChangesNothing() throws Exception {
    String first = writeCorpus("corpus-first", row("x", "Iran and Russia.", "2020-10-06"));
    String second = writeCorpus("corpus-second", row("y", "Armenia and Azerbaijan.", "2021-01-02"));
    String output = root + "/out-replaced";
    org.apache.hadoop.fs.Path outputPath = new org.apache.hadoop.fs.Path(output);

    CooccurrenceJob.run(spark, JobConfig.of(List.of(first), output));
    String firstRun = report(output).get("run_id").asText();
    long firstDirectory = inode(outputPath);
    CooccurrenceJob.run(spark, JobConfig.of(List.of(second), output));

    // a new directory took the old one's name in one rename: not the old directory with its tables rewritten
    assertNotEquals(firstDirectory, inode(outputPath));
    assertNotEquals(firstRun, report(output).get("run_id").asText());
    assertEquals(List.of("pub_month=2021-01"), months(output + "/totals_daily"), "only the second run's month");
    assertEquals(List.of(), leftovers("out-replaced"));

    String secondRun = report(output).get("run_id").asText();
    long secondDirectory = inode(outputPath);
    JobConfig missingColumn = JobConfig.of(List.of(first), output).toBuilder().textColumns(List.of("body")).build();
    assertThrows(UserError.class, () -> CooccurrenceJob.run(spark, missingColumn));
    assertEquals(secondRun, report(output).get("run_id").asText(), "a failed run leaves the output as it was");
    assertEquals(secondDirectory, inode(outputPath));
    assertEquals(List.of(), leftovers("out-replaced"));
  }

  static Object[] row(String id, String text, String published) {
    return new Object[] {id, text, published};
  }

  static String writeCorpus(String name, Object[]... rows) {
    String path = root + "/" + name;
    List<Row> data = Arrays.stream(rows).map(RowFactory::create).toList();
    spark.createDataFrame(data, CORPUS).coalesce(1).write().mode(SaveMode.ErrorIfExists).parquet(path);
    return path;
  }

  static JsonNode report(String output) throws IOException {
    try (InputStream in = fileSystem.open(new org.apache.hadoop.fs.Path(output, OutputPublisher.RUN_REPORT))) {
      return new ObjectMapper().readTree(in);
    }
  }

  /** The NameNode's id of the directory: a rename keeps it, a new directory has another. */
  static long inode(org.apache.hadoop.fs.Path path) throws IOException {
    return ((HdfsFileStatus) fileSystem.getFileStatus(path)).getFileId();
  }

  static List<String> months(String table) throws IOException {
    return Arrays.stream(fileSystem.listStatus(new org.apache.hadoop.fs.Path(table)))
        .map(status -> status.getPath().getName()).filter(name -> name.startsWith("pub_month=")).sorted().toList();
  }

  /** The publisher's staging and previous directories beside the output, if any were left behind. */
  static List<String> leftovers(String outputName) throws IOException {
    FileStatus[] matches = fileSystem.globStatus(new org.apache.hadoop.fs.Path(root, "." + outputName + ".*"));
    return matches == null ? List.of() : Arrays.stream(matches).map(s -> s.getPath().getName()).toList();
  }
}
