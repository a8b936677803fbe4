package org.paivand.spark.nightly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.paivand.errors.InputErrors;

/**
 * Lists the deliveries under a nightly input root: one directory {@code ingest_date=YYYY-MM-DD} per delivery, and
 * for the ones asked for, a fingerprint of their data files: {@code relative/path<TAB>size<TAB>modification time},
 * sorted. A re-delivery (files replaced, added or removed) changes the fingerprint. Names starting with {@code _} or
 * {@code .} are not data, as for Spark.
 */
final class NightlyPartitions {
  static final Pattern PARTITION = Pattern.compile("ingest_date=(\\d{4}-\\d{2}-\\d{2})");

  private NightlyPartitions() {}

  /** Every partition by ingest date; the fingerprint for those {@code fingerprint} accepts, else null. */
  static Map<String, List<String>> list(FileSystem fileSystem, Path root, Predicate<String> fingerprint) {
    Map<String, List<String>> partitions = new TreeMap<>();
    try {
      if (!fileSystem.exists(root) || !fileSystem.getFileStatus(root).isDirectory()) {
        throw InputErrors.nightlyInputNotADirectory(root);
      }
      for (FileStatus entry : fileSystem.listStatus(root)) {
        String name = entry.getPath().getName();
        if (name.startsWith("_") || name.startsWith(".")) {
          continue;
        }
        Matcher matcher = PARTITION.matcher(name);
        if (!entry.isDirectory() || !matcher.matches() || !isDate(matcher.group(1))) {
          throw InputErrors.notADelivery(root, name);
        }
        String day = matcher.group(1);
        partitions.put(day, fingerprint.test(day) ? files(fileSystem, entry.getPath()) : null);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the nightly input " + root, e);
    }
    return partitions;
  }

  static Path partitionPath(Path root, String day) {
    return new Path(root, "ingest_date=" + day);
  }

  private static List<String> files(FileSystem fileSystem, Path partition) throws IOException {
    List<String> files = new ArrayList<>();
    String prefix = partition.toUri().getPath() + "/";
    RemoteIterator<LocatedFileStatus> below = fileSystem.listFiles(partition, true);
    while (below.hasNext()) {
      LocatedFileStatus file = below.next();
      String relative = file.getPath().toUri().getPath().substring(prefix.length());
      if (isData(relative)) {
        files.add(relative + "\t" + file.getLen() + "\t" + file.getModificationTime());
      }
    }
    files.sort(null);
    return files;
  }

  private static boolean isData(String relative) {
    for (String part : relative.split("/")) {
      if (part.startsWith("_") || part.startsWith(".")) {
        return false;
      }
    }
    return !relative.endsWith(".crc");
  }

  private static boolean isDate(String text) {
    try {
      LocalDate.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
