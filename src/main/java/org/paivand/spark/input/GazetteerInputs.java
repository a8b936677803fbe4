package org.paivand.spark.input;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.paivand.errors.InputErrors;
import org.paivand.gazetteer.GazetteerFiles;
import org.paivand.gazetteer.GazetteerSource;

/** The {@code --gazetteer} files of a Spark job, read through Hadoop (local, HDFS, S3) on the driver and checked. */
public final class GazetteerInputs {
  private GazetteerInputs() {}

  public static List<GazetteerSource> read(List<String> paths, Configuration hadoop) {
    List<GazetteerSource> sources = new ArrayList<>();
    for (String path : paths) {
      try {
        Path file = new Path(path);
        FileSystem fileSystem = file.getFileSystem(hadoop);
        try (InputStream in = fileSystem.open(file)) {
          sources.add(new GazetteerSource(path, GazetteerFiles.decode(path, in.readAllBytes())));
        }
      } catch (FileNotFoundException e) {
        throw InputErrors.gazetteerFileMissing(path);
      } catch (IOException | IllegalArgumentException e) {
        throw InputErrors.gazetteerFileUnreadable(path, e);
      }
    }
    GazetteerFiles.check(sources);
    return List.copyOf(sources);
  }
}
