package org.paivand.cli;

import org.paivand.errors.UserError;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.paivand.corpus.CorpusDefaults;
import org.paivand.corpus.CorpusFormat;
import org.paivand.corpus.CorpusImporter;
import org.paivand.corpus.CorpusInputFiles;
import org.paivand.corpus.ImportSummary;
import org.paivand.corpus.MalformedCorpusException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code paivand import}: turns corpus files (Fars JSON, CSV, JSON Lines) into one Parquet file of the corpus schema,
 * {@code DIR/part-00000.parquet}, without Spark. Checks the options and that every input exists, calls
 * {@link CorpusImporter}, and prints one summary line to stderr. Bad options, missing inputs and malformed input rows
 * are user errors (exit 2); nothing is written then.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Turn news corpus files into paivand's Parquet corpus schema (id, title, text, published, lang, source, url).",
      "Writes DIR/part-00000.parquet with the records of all inputs in input order, replacing an earlier one."
    })
final class ImportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      description = "Input format: fars-json, csv or jsonl.")
  String format;

  @Option(
      names = "--input",
      required = true,
      arity = "1..*",
      paramLabel = "FILE",
      description = "Input files (local paths or Hadoop URIs); a name ending in .gz is gunzipped.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--output", required = true, paramLabel = "DIR", description = "Output directory.")
  String output;

  @Option(names = "--lang", paramLabel = "L", description = "lang for rows that have none (csv, jsonl), e.g. en.")
  String lang;

  @Option(
      names = "--source",
      paramLabel = "S",
      description = "source for rows that have none (csv, jsonl), e.g. abcnews; also makes CSV ids <S>-<row>.")
  String source;

  @Option(names = "--quiet", description = "Print nothing on success.")
  boolean quiet;

  @Option(names = "--verbose", description = "Print the record count of each input, and stack traces on errors.")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    CorpusFormat corpusFormat = checkedFormat();
    Configuration configuration = new Configuration();
    List<Path> inputPaths = checkedInputs(configuration);
    Path outputDirectory = checkedOutputDirectory(configuration);
    ImportSummary summary;
    try {
      summary =
          CorpusImporter.importFiles(
              corpusFormat, inputPaths, outputDirectory, new CorpusDefaults(lang, source), configuration);
    } catch (MalformedCorpusException e) {
      throw new UserError(
          "cannot import: " + e.getMessage(),
          "the input does not follow the " + corpusFormat.formatName() + " format at that line",
          "correct that line, or check that --format matches the file; nothing was written to " + output);
    }
    report(summary, inputPaths);
    return UserErrors.OK;
  }

  private CorpusFormat checkedFormat() {
    CorpusFormat corpusFormat =
        CorpusFormat.named(format)
            .orElseThrow(
                () -> new UserError(
                    "unknown input format '" + format + "'",
                    "--format must name one of the formats import reads",
                    "use --format " + String.join(", ", CorpusFormat.names())));
    if (!corpusFormat.takesDefaults() && (lang != null || source != null)) {
      throw new UserError(
          "--lang and --source do not apply to --format " + corpusFormat.formatName(),
          "that format fixes lang and source itself",
          "leave out --lang and --source");
    }
    return corpusFormat;
  }

  private List<Path> checkedInputs(Configuration configuration) throws IOException {
    List<Path> paths = new ArrayList<>();
    for (String input : inputs) {
      Path path = new Path(input);
      if (!CorpusInputFiles.isFile(path, configuration)) {
        throw new UserError(
            "input file not found: " + input,
            "there is no file at " + path.getFileSystem(configuration).makeQualified(path),
            "check the path given to --input");
      }
      paths.add(path);
    }
    return paths;
  }

  private Path checkedOutputDirectory(Configuration configuration) throws IOException {
    Path directory = new Path(output);
    FileSystem fileSystem = directory.getFileSystem(configuration);
    if (fileSystem.exists(directory) && !fileSystem.getFileStatus(directory).isDirectory()) {
      throw new UserError(
          "--output " + output + " is a file",
          "import writes a directory holding " + CorpusImporter.PART_FILE_NAME,
          "give a directory path (it is created if missing)");
    }
    return directory;
  }

  private void report(ImportSummary summary, List<Path> inputPaths) {
    if (quiet) {
      return;
    }
    if (verbose) {
      for (int index = 0; index < inputPaths.size(); index++) {
        spec.commandLine().getErr().printf(
            "paivand import: read %d records from %s%n", summary.recordsPerInput().get(index), inputPaths.get(index));
      }
    }
    spec.commandLine().getErr().printf(
        "paivand import: wrote %d %s (%d without a publication date) to %s%n",
        summary.records(), summary.records() == 1 ? "record" : "records", summary.undated(), summary.output());
  }
}
