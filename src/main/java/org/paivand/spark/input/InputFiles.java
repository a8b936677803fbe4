package org.paivand.spark.input;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.SerializableConfiguration;
import org.paivand.spark.job.JobConfig;
import org.paivand.errors.InputErrors;
import org.paivand.errors.UserError;

/**
 * Checks every input file before the run reads it: lists the data files under the inputs (as Spark does: names
 * starting with {@code _} or {@code .} are not data), reads each Parquet footer in a Spark job, and reports the files
 * that are not readable Parquet (truncated, not Parquet at all) and the columns whose type differs between files.
 * A corrupt file is named before anything is written, instead of surfacing as a task failure deep in the run; with
 * {@code --skip-corrupt-files} the run leaves such files out and lists them in {@code _run.json}.
 */
public final class InputFiles {
  /**
   * One data file and what its footer said: its top-level columns and their Parquet types and its rows, or why it is
   * unreadable.
   */
  public record FileCheck(String path, String problem, Map<String, String> columnTypes, long rows)
      implements Serializable {
    boolean readable() {
      return problem == null;
    }
  }

  /**
   * Everything the run needs to know about its input files.
   *
   * @param rows the rows the readable files' footers announce: the run's {@code rows_read}, with no count job
   */
  public record Report(List<String> files, List<FileCheck> unreadable,
      Map<String, Map<String, List<String>>> conflicts, Map<Map<String, String>, String> distinctSchemas, long rows,
      List<FileCheck> checks) {}

  /** Up to this many files, footers are read on the driver: a Spark job costs more than reading a few footers. */
  static final int FOOTERS_ON_THE_DRIVER = 64;

  private static final int FILES_NAMED_IN_MESSAGES = 5;

  private InputFiles() {}

  public static Report check(SparkSession spark, List<String> inputs) {
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    List<String> files = new ArrayList<>();
    for (String input : inputs) {
      files.addAll(list(input, hadoop));
    }
    if (files.isEmpty()) {
      throw InputErrors.inputHoldsNoData(inputs);
    }
    List<FileCheck> checks = checkFooters(spark, files);
    List<FileCheck> unreadable = checks.stream().filter(check -> !check.readable()).toList();
    Map<Map<String, String>, String> distinctSchemas = new LinkedHashMap<>();
    checks.stream().filter(FileCheck::readable)
        .forEach(check -> distinctSchemas.putIfAbsent(check.columnTypes(), check.path()));
    long rows = checks.stream().filter(FileCheck::readable).mapToLong(FileCheck::rows).sum();
    return new Report(files, unreadable, conflicts(checks), distinctSchemas, rows, checks);
  }

  /** The user error for unreadable files when they are not to be skipped. */
  static UserError unreadableError(List<FileCheck> unreadable) {
    StringBuilder cause = new StringBuilder();
    unreadable.stream().limit(FILES_NAMED_IN_MESSAGES)
        .forEach(check -> cause.append("\n    ").append(check.path()).append(": ").append(check.problem()));
    if (unreadable.size() > FILES_NAMED_IN_MESSAGES) {
      cause.append("\n    and ").append(unreadable.size() - FILES_NAMED_IN_MESSAGES).append(" more");
    }
    return InputErrors.unreadableParquet(unreadable.size(), cause.toString());
  }

  /** The user error for columns whose type differs between files. */
  static UserError conflictError(Map<String, Map<String, List<String>>> conflicts) {
    StringBuilder cause = new StringBuilder();
    conflicts.forEach((column, filesByType) -> {
      cause.append("\n    column '").append(column).append("':");
      filesByType.forEach((type, paths) -> cause.append("\n      ").append(type).append(" in ").append(paths.size())
          .append(" file(s), e.g. ").append(String.join(", ", paths.subList(0,
              Math.min(paths.size(), FILES_NAMED_IN_MESSAGES)))));
    });
    return InputErrors.columnTypesDisagree(cause.toString());
  }

  private static List<String> list(String input, Configuration hadoop) {
    List<String> files = new ArrayList<>();
    try {
      Path pattern = new Path(input);
      FileSystem fileSystem = pattern.getFileSystem(hadoop);
      FileStatus[] matches = fileSystem.globStatus(pattern);
      if (matches == null || matches.length == 0) {
        throw InputErrors.inputDoesNotExist(input);
      }
      for (FileStatus match : matches) {
        if (match.isFile()) {
          files.add(match.getPath().toString());
          continue;
        }
        RemoteIterator<LocatedFileStatus> below = fileSystem.listFiles(match.getPath(), true);
        while (below.hasNext()) {
          Path file = below.next().getPath();
          if (isData(match.getPath(), file)) {
            files.add(file.toString());
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw InputErrors.cannotListInput(input, String.valueOf(e.getMessage()));
    }
    return files;
  }

  /** Spark skips names starting with _ or . (and .crc checksums) anywhere below the root. */
  private static boolean isData(Path root, Path file) {
    for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
      String name = p.getName();
      if (name.startsWith("_") || name.startsWith(".")) {
        return false;
      }
    }
    return !file.getName().endsWith(".crc");
  }

  private static List<FileCheck> checkFooters(SparkSession spark, List<String> files) {
    if (files.size() <= FOOTERS_ON_THE_DRIVER) {
      Configuration hadoop = spark.sparkContext().hadoopConfiguration();
      return files.stream().map(path -> readFooter(path, hadoop)).toList();
    }
    SerializableConfiguration configuration = new SerializableConfiguration(spark.sparkContext().hadoopConfiguration());
    int slices = Math.max(1, Math.min(files.size() / 16 + 1, spark.sparkContext().defaultParallelism() * 4));
    return JavaSparkContext.fromSparkContext(spark.sparkContext())
        .parallelize(files, slices)
        .mapPartitions((FlatMapFunction<Iterator<String>, FileCheck>) paths -> {
          List<FileCheck> checks = new ArrayList<>();
          paths.forEachRemaining(path -> checks.add(readFooter(path, configuration.value())));
          return checks.iterator();
        })
        .collect();
  }

  /** The Parquet schema in the footer of {@code path}. */
  static MessageType footerSchema(String path, Configuration configuration) {
    try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(new Path(path), configuration))) {
      return reader.getFooter().getFileMetaData().getSchema();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot read the footer of " + path, e);
    }
  }

  static FileCheck readFooter(String path, Configuration configuration) {
    try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(new Path(path), configuration))) {
      MessageType schema = reader.getFooter().getFileMetaData().getSchema();
      long rows = reader.getFooter().getBlocks().stream().mapToLong(block -> block.getRowCount()).sum();
      Map<String, String> types = new LinkedHashMap<>();
      for (Type field : schema.getFields()) {
        types.put(field.getName(), field.isPrimitive()
            ? field.asPrimitiveType().getPrimitiveTypeName() + (field.getLogicalTypeAnnotation() == null ? ""
                : " " + field.getLogicalTypeAnnotation())
            : "group " + (field.getLogicalTypeAnnotation() == null ? "" : field.getLogicalTypeAnnotation()));
      }
      return new FileCheck(path, null, types, rows);
    } catch (IOException | RuntimeException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return new FileCheck(path, message.lines().findFirst().orElse(message), Map.of(), 0);
    }
  }

  private static Map<String, Map<String, List<String>>> conflicts(List<FileCheck> checks) {
    Map<String, Map<String, List<String>>> filesByTypeByColumn = new TreeMap<>();
    for (FileCheck check : checks) {
      check.columnTypes().forEach((column, type) -> filesByTypeByColumn
          .computeIfAbsent(column, c -> new TreeMap<>())
          .computeIfAbsent(type, t -> new ArrayList<>())
          .add(check.path()));
    }
    Map<String, Map<String, List<String>>> conflicts = new TreeMap<>();
    filesByTypeByColumn.forEach((column, byType) -> {
      if (byType.size() > 1) {
        conflicts.put(column, byType);
      }
    });
    return conflicts;
  }

  /** The conflicts in columns the job reads; a type change in any other column does not matter to it. */
  static Map<String, Map<String, List<String>>> relevant(
      Map<String, Map<String, List<String>>> conflicts, JobConfig config) {
    TreeSet<String> used = new TreeSet<>(config.textColumns());
    used.add(config.idColumn());
    used.add(config.dateColumn());
    if (config.langColumn() != null) {
      used.add(config.langColumn());
    }
    Map<String, Map<String, List<String>>> result = new TreeMap<>();
    conflicts.forEach((column, byType) -> {
      if (used.contains(column)) {
        result.put(column, byType);
      }
    });
    return result;
  }
}
