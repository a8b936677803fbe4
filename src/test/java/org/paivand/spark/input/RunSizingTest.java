package org.paivand.spark.input;

import org.paivand.spark.SharedSpark;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shuffle partitions follow the input's size, never drop below the cores, and a number the user set is kept. */
class RunSizingTest {
  static final long MEGABYTE = 1L << 20;
  @TempDir Path work;

  @Test
  void aSmallInputGetsOnePartitionPerCore() {
    assertEquals(2, RunSizing.forInput(700_000, 2));
    assertEquals(8, RunSizing.forInput(0, 8));
    assertEquals(1, RunSizing.forInput(0, 0));
  }

  @Test
  void aLargeInputGetsOnePartitionPerTargetSizeOfShuffledBytes() {
    long input = 100 * 1024 * MEGABYTE; // 100 GB of Parquet
    long expected = (long) Math.ceil(input * RunSizing.SHUFFLE_BYTES_PER_INPUT_BYTE
        / RunSizing.TARGET_PARTITION_BYTES);
    assertEquals(expected, RunSizing.forInput(input, 16));
  }

  @Test
  void theNumberIsCapped() {
    assertEquals(RunSizing.MAX_PARTITIONS, RunSizing.forInput(Long.MAX_VALUE / 4, 16));
  }

  @Test
  void inputBytesAddUpFilesUnderDirectoriesAndGlobs() throws Exception {
    Files.createDirectories(work.resolve("corpus/a"));
    Files.createDirectories(work.resolve("corpus/b"));
    Files.write(work.resolve("corpus/a/part-0.parquet"), new byte[1000]);
    Files.write(work.resolve("corpus/b/part-0.parquet"), new byte[234]);
    Configuration hadoop = new Configuration();
    assertEquals(1234, RunSizing.inputBytes(hadoop, List.of(work.resolve("corpus/*").toString())));
    assertEquals(1000, RunSizing.inputBytes(hadoop, List.of(work.resolve("corpus/a").toUri().toString())));
    assertEquals(0, RunSizing.inputBytes(hadoop, List.of(work.resolve("nowhere").toString())));
  }

  @Test
  void aNumberTheUserSetIsKept() {
    // the shared session is built with spark.sql.shuffle.partitions=2, as --conf would set it
    assertEquals(2, RunSizing.apply(SharedSpark.session(), List.of(work.toString())));
    assertEquals("2", SharedSpark.session().conf().get(RunSizing.SHUFFLE_PARTITIONS));
  }
}
