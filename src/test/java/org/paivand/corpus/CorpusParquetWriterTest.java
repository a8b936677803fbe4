package org.paivand.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusParquetWriterTest {
  /** "Iran and Russia say" with a ZWNJ inside the verb. */
  static final String PERSIAN_WITH_ZWNJ =
      "\u0627\u06CC\u0631\u0627\u0646 \u0648 \u0631\u0648\u0633\u06CC\u0647 "
          + "\u0645\u06CC\u200C\u06AF\u0648\u06CC\u0646\u062F";

  static final List<CorpusRecord> RECORDS =
      List.of(
          new CorpusRecord(
              "13911222000865",
              PERSIAN_WITH_ZWNJ,
              PERSIAN_WITH_ZWNJ + "\n\u0628\u0646\u062F \u062F\u0648\u0645",
              "1391/12/22",
              "fa",
              "fars",
              "https://www.farsnews.ir/news/13911222000865/\u0627\u06CC\u0631\u0627\u0646\u200C\u0647\u0627"),
          new CorpusRecord("abcnews-1", null, "iran and russia sign deal", "20030317", "en", "abcnews", null),
          new CorpusRecord(null, null, null, null, null, null, null),
          new CorpusRecord("", "", "", "", "", "", ""));

  @TempDir File directory;

  private Path file(String name) {
    return new Path(new File(directory, name).toURI());
  }

  private static void write(Path path, List<CorpusRecord> records) throws IOException {
    try (CorpusParquetWriter writer = CorpusParquetWriter.create(path, new Configuration())) {
      for (CorpusRecord record : records) {
        writer.write(record);
      }
      writer.commit();
    }
  }

  @Test
  void roundTripKeepsEveryFieldNullsAndPersianText() throws IOException {
    Path path = file("part-00000.parquet");
    write(path, RECORDS);
    assertEquals(RECORDS, CorpusParquetFiles.readAll(path));
  }

  @Test
  void schemaIsSevenOptionalStringsAndCompressionSnappy() throws IOException {
    Path path = file("part-00000.parquet");
    write(path, RECORDS);
    try (ParquetFileReader reader =
        ParquetFileReader.open(HadoopInputFile.fromPath(path, new Configuration()))) {
      ParquetMetadata footer = reader.getFooter();
      assertEquals(CorpusSchema.MESSAGE_TYPE, footer.getFileMetaData().getSchema());
      assertEquals(
          "message corpus_record {\n  optional binary id (STRING);\n  optional binary title (STRING);\n"
              + "  optional binary text (STRING);\n  optional binary published (STRING);\n"
              + "  optional binary lang (STRING);\n  optional binary source (STRING);\n"
              + "  optional binary url (STRING);\n}\n",
          footer.getFileMetaData().getSchema().toString());
      assertEquals(
          CorpusParquetWriter.COMPRESSION, footer.getBlocks().get(0).getColumns().get(0).getCodec());
    }
  }

  @Test
  void largeFilesAreSplitIntoRowGroupsThatSparkCanReadInParallel() throws IOException {
    // 6,000 rows of 3 KB of incompressible text: about 18 MB, so several groups of at most ROW_GROUP_BYTES
    java.util.Random random = new java.util.Random(7);
    List<CorpusRecord> records = new ArrayList<>();
    for (int i = 0; i < 6_000; i++) {
      StringBuilder text = new StringBuilder();
      while (text.length() < 3_000) {
        text.append(Long.toString(random.nextLong(), 36)).append(' ');
      }
      records.add(new CorpusRecord("id-" + i, null, text.toString(), "2020-10-06", "en", "test", null));
    }
    Path path = file("part-00000.parquet");
    write(path, records);
    try (ParquetFileReader reader =
        ParquetFileReader.open(HadoopInputFile.fromPath(path, new Configuration()))) {
      List<org.apache.parquet.hadoop.metadata.BlockMetaData> groups = reader.getFooter().getBlocks();
      assertTrue(groups.size() >= 4, groups.size() + " row groups");
      long rows = 0;
      for (org.apache.parquet.hadoop.metadata.BlockMetaData group : groups) {
        // the writer checks its buffered size between rows, so a group may end a few rows past the limit
        assertTrue(group.getCompressedSize() < CorpusParquetWriter.ROW_GROUP_BYTES * 1.2,
            group.getCompressedSize() + " bytes");
        rows += group.getRowCount();
      }
      assertEquals(records.size(), rows);
    }
    assertEquals(records, CorpusParquetFiles.readAll(path));
  }

  @Test
  void commitLeavesOnlyTheFinalFile() throws IOException {
    write(file("part-00000.parquet"), RECORDS);
    assertArrayEquals(new String[] {"part-00000.parquet"}, directory.list(), "no temporary or .crc file");
  }

  @Test
  void commitReplacesAnEarlierFile() throws IOException {
    Path path = file("part-00000.parquet");
    write(path, RECORDS);
    write(path, RECORDS.subList(1, 2));
    assertEquals(RECORDS.subList(1, 2), CorpusParquetFiles.readAll(path));
    assertEquals(1, directory.list().length);
  }

  @Test
  void commitRemovesAStaleChecksumOfTheReplacedFile() throws IOException {
    Path path = file("part-00000.parquet");
    write(path, RECORDS);
    Files.writeString(new File(directory, ".part-00000.parquet.crc").toPath(), "stale");
    write(path, RECORDS.subList(0, 1));
    assertFalse(new File(directory, ".part-00000.parquet.crc").exists());
    assertEquals(RECORDS.subList(0, 1), CorpusParquetFiles.readAll(path));
  }

  @Test
  void closeWithoutCommitLeavesNoFileAndKeepsTheEarlierOne() throws IOException {
    Path path = file("part-00000.parquet");
    write(path, RECORDS.subList(0, 1));
    try (CorpusParquetWriter writer = CorpusParquetWriter.create(path, new Configuration())) {
      writer.write(RECORDS.get(1));
    }
    assertArrayEquals(new String[] {"part-00000.parquet"}, directory.list());
    assertEquals(RECORDS.subList(0, 1), CorpusParquetFiles.readAll(path));
  }

  @Test
  void writesIntoTheTemporaryFileUntilCommit() throws IOException {
    Path path = file("sub/part-00000.parquet");
    try (CorpusParquetWriter writer = CorpusParquetWriter.create(path, new Configuration())) {
      writer.write(RECORDS.get(0));
      List<String> names = new ArrayList<>(List.of(new File(directory, "sub").list()));
      assertEquals(1, names.size());
      String name = names.get(0);
      assertTrue(name.startsWith(".part-00000.parquet.") && name.endsWith(".tmp"), name);
      writer.commit();
    }
    assertEquals(RECORDS.subList(0, 1), CorpusParquetFiles.readAll(path));
  }

  @Test
  void secondCommitIsRefused() throws IOException {
    try (CorpusParquetWriter writer = CorpusParquetWriter.create(file("a.parquet"), new Configuration())) {
      writer.commit();
      assertThrows(IllegalStateException.class, writer::commit);
    }
    assertEquals(List.of(), CorpusParquetFiles.readAll(file("a.parquet")));
  }
}
