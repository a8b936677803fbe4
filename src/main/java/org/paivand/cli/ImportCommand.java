package org.paivand.cli;

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
import org.paivand.errors.InputErrors;
import org.paivand.errors.OptionErrors;
import org.paivand.errors.OutputErrors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Option(names = "--output", required = true, paramLabel = "DIR",
      description = "Directory for the Parquet corpus (part-00000.parquet), created if missing.")
  String output;

  @Option(names = "--lang", paramLabel = "L", description = "lang for rows that have none (csv, jsonl), e.g. en.")
  String lang;

  @Option(
      names = "--source",
      paramLabel = "S",
      description = "source for rows that have none (csv, jsonl), e.g. abcnews; also makes CSV ids <S>-<row>.")
  String source;

  @Mixin QuietMixin quiet;

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
      throw InputErrors.importMalformed(e.getMessage(), corpusFormat.formatName(), output);
    }
    report(summary, inputPaths);
    return UserErrors.OK;
  }

  private CorpusFormat checkedFormat() {
    CorpusFormat corpusFormat =
        CorpusFormat.named(format).orElseThrow(() -> OptionErrors.unknownImportFormat(format, CorpusFormat.names()));
    if (!corpusFormat.takesDefaults() && (lang != null || source != null)) {
      throw OptionErrors.langAndSourceDoNotApply(corpusFormat.formatName());
    }
    return corpusFormat;
  }

  private List<Path> checkedInputs(Configuration configuration) throws IOException {
    List<Path> paths = new ArrayList<>();
    for (String input : inputs) {
      Path path = new Path(input);
      if (!CorpusInputFiles.isFile(path, configuration)) {
        throw InputErrors.importInputMissing(input, path.getFileSystem(configuration).makeQualified(path));
      }
      paths.add(path);
    }
    return paths;
  }

  private Path checkedOutputDirectory(Configuration configuration) throws IOException {
    Path directory = new Path(output);
    FileSystem fileSystem = directory.getFileSystem(configuration);
    if (fileSystem.exists(directory) && !fileSystem.getFileStatus(directory).isDirectory()) {
      throw OutputErrors.importOutputIsAFile(output, CorpusImporter.PART_FILE_NAME);
    }
    return directory;
  }

  private void report(ImportSummary summary, List<Path> inputPaths) {
    if (quiet.enabled()) {
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
