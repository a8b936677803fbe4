package org.paivand.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusImporterTest {
  static final CorpusDefaults ABC = new CorpusDefaults("en", "abcnews");

  @TempDir File directory;

  static Path resource(String name) {
    try {
      return new Path(CorpusImporterTest.class.getResource("/corpus/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private Path output() {
    return new Path(new File(directory, "out").toURI());
  }

  @Test
  void writesAllInputsInInputOrder() throws IOException {
    ImportSummary summary =
        CorpusImporter.importFiles(
            CorpusFormat.CSV,
            List.of(resource("abcnews-sample.csv.gz"), resource("abcnews-sample.csv")),
            output(),
            ABC,
            new Configuration());
    assertEquals(10, summary.records());
    assertEquals(List.of(5L, 5L), summary.recordsPerInput());
    List<CorpusRecord> records = CorpusParquetFiles.readAll(summary.output());
    assertEquals(10, records.size());
    assertEquals(records.subList(0, 5), records.subList(5, 10), "the same file twice gives the same rows twice");
  }

  @Test
  void countsRecordsWithoutPublicationDate() throws IOException {
    ImportSummary summary =
        CorpusImporter.importFiles(
            CorpusFormat.FARS_JSON, List.of(resource("fars-sample.json")), output(), CorpusDefaults.NONE,
            new Configuration());
    assertEquals(4, summary.records());
    assertEquals(1, summary.undated());
    assertEquals(new Path(output(), CorpusImporter.PART_FILE_NAME), summary.output());
  }

  @Test
  void malformedInputLeavesTheEarlierOutputAsItWas() throws IOException {
    Configuration configuration = new Configuration();
    ImportSummary first =
        CorpusImporter.importFiles(
            CorpusFormat.CSV, List.of(resource("abcnews-sample.csv")), output(), ABC, configuration);
    assertThrows(
        MalformedCorpusException.class,
        () -> CorpusImporter.importFiles(
            CorpusFormat.CSV,
            List.of(resource("abcnews-sample.csv"), resource("malformed-field-count.csv")),
            output(),
            ABC,
            configuration));
    assertEquals(5, CorpusParquetFiles.readAll(first.output()).size());
    assertArrayEquals(new String[] {CorpusImporter.PART_FILE_NAME}, new File(directory, "out").list());
  }
}
