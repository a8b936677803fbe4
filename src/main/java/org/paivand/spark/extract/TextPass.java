package org.paivand.spark.extract;

import java.time.LocalDate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.paivand.gazetteer.Gazetteer;
import org.paivand.gazetteer.GazetteerSource;
import org.paivand.spark.input.GazetteerInputs;
import org.paivand.spark.job.DedupMode;
import org.paivand.spark.job.JobConfig;

/**
 * The one pass over the text of a run or a night: the input rows turned into compact rows ({@link CompactArticles})
 * by {@link ExtractArticles} on the executors, cached (memory, then disk) for the steps that follow. The cache holds
 * the compact rows only, a few hundred bytes an article, never the text.
 */
public final class TextPass {
  private final JobConfig config;
  private final java.util.List<GazetteerSource> gazetteerFiles;

  /** Reads the {@code --gazetteer} files on the driver (a malformed one stops the run here). */
  public TextPass(SparkSession spark, JobConfig config) {
    this.config = config;
    this.gazetteerFiles = GazetteerInputs.read(config.gazetteerFiles(), spark.sparkContext().hadoopConfiguration());
  }

  /** The compact rows of {@code input} (rows of {@code CorpusInput.project}), persisted: unpersist when done. */
  public Dataset<Row> extract(Dataset<Row> input, LongAccumulator analysed) {
    ExtractArticles.Settings settings = new ExtractArticles.Settings(config.zone(), config.maxTextChars(),
        LocalDate.now(config.zone()).plusDays(1).toEpochDay(), gazetteerFiles, config.dedup() != DedupMode.NONE,
        config.dedup() == DedupMode.NEAR, config.mentionsText(), config.roles());
    return input.mapPartitions(new ExtractArticles(settings, input.schema(), analysed),
            Encoders.row(CompactArticles.schema()))
        .persist(StorageLevel.MEMORY_AND_DISK());
  }

  /** Entity index to id: the gazetteer the executors use, whose indexes are in id order. */
  public String[] dictionary() {
    Gazetteer gazetteer = Gazetteer.withFiles(gazetteerFiles);
    String[] ids = new String[gazetteer.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = gazetteer.id(i);
    }
    return ids;
  }
}
