package org.paivand.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * {@code paivand import} as a library call: reads every input file with the reader of its format and writes all their
 * records, in input order, to {@code <output directory>/part-00000.parquet} through {@link CorpusParquetWriter}. The
 * file appears only when every input has been read: a malformed input leaves an earlier file of that name as it was.
 */
public final class CorpusImporter {
  /** The one file an import writes into its output directory. */
  public static final String PART_FILE_NAME = "part-00000.parquet";

  private CorpusImporter() {}

  /** Imports the inputs; the output directory is created if needed. */
  public static ImportSummary importFiles(
      CorpusFormat format,
      List<Path> inputs,
      Path outputDirectory,
      CorpusDefaults defaults,
      Configuration configuration)
      throws IOException {
    List<Long> recordsPerInput = new ArrayList<>();
    long undated = 0;
    try (CorpusParquetWriter writer =
        CorpusParquetWriter.create(new Path(outputDirectory, PART_FILE_NAME), configuration)) {
      for (Path input : inputs) {
        long before = writer.recordsWritten();
        try (InputStream stream = CorpusInputFiles.open(input, configuration);
            CorpusReader reader = format.open(stream, input.toString(), defaults)) {
          for (CorpusRecord record = reader.next(); record != null; record = reader.next()) {
            writer.write(record);
            undated += record.published() == null ? 1 : 0;
          }
        }
        recordsPerInput.add(writer.recordsWritten() - before);
      }
      writer.commit();
      return new ImportSummary(writer.recordsWritten(), undated, recordsPerInput, writer.path());
    }
  }
}
