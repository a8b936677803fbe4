package org.paivand.sizing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paivand.spark.SharedSpark;

/** Copies are distinct ids with the original texts and dates, and the schema is kept. */
class ReplicateCorpusTest {
  @TempDir Path work;

  @Test
  void everyRowIsCopiedWithTheCopyNumberInItsId() {
    String seed = Path.of(System.getProperty("paivand.repo", ".")).resolve("samples/demo-corpus/seed").toString();
    Dataset<Row> original = SharedSpark.session().read().parquet(seed);
    String output = work.resolve("copies").toString();

    assertEquals(3, ReplicateCorpus.replicate(original, 3, 2, output));
    Dataset<Row> copies = SharedSpark.session().read().parquet(output);
    assertEquals(List.of(original.columns()), List.of(copies.columns()));
    assertEquals(List.of("irna-karabakh-seed~0", "irna-karabakh-seed~1", "irna-karabakh-seed~2"),
        copies.select("id").orderBy("id").collectAsList().stream().map(row -> row.getString(0)).toList());
    assertEquals(1, copies.select("text", "published").distinct().count());
    assertEquals(original.select("text", "published").first(), copies.select("text", "published").first());
  }
}
