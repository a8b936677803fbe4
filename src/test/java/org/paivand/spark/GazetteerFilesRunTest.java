package org.paivand.spark;

import org.paivand.spark.run.CooccurrenceJob;
import org.paivand.spark.extract.ExtractArticles;
import org.paivand.spark.input.CorpusInput;
import org.paivand.spark.input.GazetteerInputs;
import org.paivand.spark.job.JobConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paivand.errors.UserError;
import org.paivand.gazetteer.GazetteerSource;

/** A run with --gazetteer files: their entities reach the executors, which need no access to the files. */
class GazetteerFilesRunTest {
  @TempDir Path work;

  @Test
  void aRunFindsTheEntitiesOfAGazetteerFile() throws Exception {
    Path file = Files.writeString(work.resolve("mine.tsv"),
        "shiraz\tcity\tIR\tشیراز\tshiraz\nzarif\tperson\t-\tظریف [remove]\n", StandardCharsets.UTF_8);
    String input = CorpusFixtures.write(work.resolve("in"), DataTypes.StringType, List.<Object[]>of(
        new Object[] {"a", "شیراز و ایران. کار ظریف و جواد ظریف.", "2020-10-06"}));
    Path output = work.resolve("out");
    CooccurrenceJob.run(SharedSpark.session(), JobConfig.of(List.of(input), output.toString())
        .toBuilder().gazetteerFiles(List.of(file.toUri().toString())).build());
    TreeSet<String> entities = new TreeSet<>();
    long zarifMentions = 0;
    for (Row row : SharedSpark.session().read().parquet(output.resolve("mentions").toString()).collectAsList()) {
      String entity = row.getAs("entity");
      entities.add(entity);
      zarifMentions += entity.equals("zarif") ? 1 : 0;
    }
    assertEquals(new TreeSet<>(List.of("IR", "shiraz", "zarif")), entities);
    assertEquals(1, zarifMentions, "bare ظریف was removed by the file; جواد ظریف stays");
  }

  @Test
  void theExtractionFunctionCarriesTheTextNotThePath() throws Exception {
    Path file = Files.writeString(work.resolve("mine.tsv"), "shiraz\tcity\tIR\tشیراز\n", StandardCharsets.UTF_8);
    List<GazetteerSource> sources = GazetteerInputs.read(List.of(file.toString()), new Configuration());
    Files.delete(file);
    ExtractArticles function = new ExtractArticles(new ExtractArticles.Settings(java.time.ZoneOffset.UTC, 1000, 0,
        sources, false, false, false, true), CorpusInput.SCHEMA, null);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(function);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertTrue(in.readObject() instanceof ExtractArticles);
    }
    String serialized = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(serialized.contains("shiraz\tcity\tIR\t"), "the file's text travels with the function");
  }

  @Test
  void aMalformedFileStopsTheRunBeforeAnyWork() throws Exception {
    Path file = Files.writeString(work.resolve("bad.tsv"), "shiraz\ttown\tIR\tشیراز\n", StandardCharsets.UTF_8);
    UserError error = assertThrows(UserError.class,
        () -> GazetteerInputs.read(List.of(file.toString()), new Configuration()));
    assertTrue(error.getMessage().contains(file + ":1: unknown kind 'town'"), error.getMessage());
  }
}
