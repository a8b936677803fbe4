package org.paivand.errors;

import java.util.List;

/**
 * The user errors of what a command reads: the corpus and its columns, the nightly deliveries, the files of
 * {@code import}, {@code extract} and {@code eval}, gazetteer files and the data {@code bench} and {@code demo} need.
 * Each factory names the problem, its cause and the fix. Paths come as {@code Object} or {@code String}: this package
 * is plain Java, used by the pure core, and knows no Hadoop types (see {@link OptionErrors} for how the errors are
 * split).
 */
public final class InputErrors {
  private static final String REAL_TEXT_FIX = "give the directory that holds fars/ and abcnews/ (see its README.md)"
      + " with --data DIR; by default it is ../shared/data beside the paivand checkout";

  private InputErrors() {}

  // ---- the Parquet corpus of run and nightly ----

  /** No {@code --input} path matches a file or directory. */
  public static UserError inputDoesNotExist(String input) {
    return new UserError("the input " + input + " does not exist", "no file or directory matches it",
        "give existing Parquet files, directories or globs with --input");
  }

  /** An {@code --input} path cannot be listed (bad scheme, no access). */
  public static UserError cannotListInput(String input, String detail) {
    return new UserError("cannot read the input " + input, detail,
        "check the path, its scheme (file:, hdfs://, s3a://) and your credentials");
  }

  /** The inputs hold only hidden files or none. */
  public static UserError inputHoldsNoData(List<String> inputs) {
    return new UserError("the input " + String.join(" ", inputs) + " holds no data files",
        "the directories are empty or hold only hidden files (names starting with _ or .)",
        "point --input at the Parquet files of the corpus");
  }

  /** Input files whose Parquet footers cannot be read; {@code listing} names them, one per line. */
  public static UserError unreadableParquet(int files, String listing) {
    return new UserError(files + " input file(s) are not readable Parquet; nothing was written", listing,
        "repair or remove them, or run with --skip-corrupt-files to leave them out (they are then listed in"
            + " _run.json)");
  }

  /** Input files that give one column different types; {@code listing} names the columns and files. */
  public static UserError columnTypesDisagree(String listing) {
    return new UserError("the input files disagree on column types; nothing was written", listing,
        "rewrite the files so each column has one type (for a date column: all strings, or all timestamps),"
            + " or run paivand on each group of files separately");
  }

  /** Spark cannot read the inputs as Parquet at all. */
  public static UserError cannotReadInput(List<String> inputs, String detail) {
    return new UserError("cannot read the input " + String.join(" ", inputs), detail,
        "give Parquet files, directories holding them, Hive-partitioned roots (key=value subdirectories) or globs"
            + " with --input; for files in other subdirectories use a glob such as DIR/*");
  }

  /** A file's data pages fail in the middle of the run, although its footer checked out. */
  public static UserError inputFileUnreadable(String detail, boolean skippingCorruptFiles) {
    return new UserError("an input file could not be read; nothing was written", detail,
        skippingCorruptFiles ? "repair or remove the file"
            : "repair or remove the file, or run with --skip-corrupt-files to read past corrupt content");
  }

  /** The columns named by {@code --id-col}, {@code --text-col}, ... are not in the input. */
  public static UserError missingColumns(List<String> missing, List<String> found) {
    return new UserError("the input has no column " + String.join(", ", missing),
        "columns found: " + String.join(", ", found),
        "name the right columns with --id-col, --text-col, --date-col and --lang-col");
  }

  /** The date column has a type publication dates cannot be read from. */
  public static UserError dateColumnType(String column, String type) {
    return new UserError("the date column " + column + " has type " + type,
        "paivand reads publication dates from string, date, timestamp or integer (yyyyMMdd) columns",
        "name another column with --date-col, or convert this one");
  }

  // ---- the deliveries of nightly ----

  /** The nightly {@code --input} is not a directory. */
  public static UserError nightlyInputNotADirectory(Object root) {
    return new UserError("the nightly input " + root + " is not a directory",
        "nightly reads a root holding one ingest_date=YYYY-MM-DD directory per delivery",
        "give that root with --input");
  }

  /** The nightly root holds something other than {@code ingest_date=YYYY-MM-DD} directories. */
  public static UserError notADelivery(Object root, String name) {
    return new UserError("the nightly input " + root + " holds " + name + ", not a delivery directory",
        "nightly reads a root holding one ingest_date=YYYY-MM-DD directory per delivery",
        "move other files out of the root, or run paivand run on them");
  }

  // ---- gazetteer files ----

  /** A {@code --gazetteer} file does not exist. */
  public static UserError gazetteerFileMissing(String path) {
    return new UserError("no such gazetteer file: " + path, "the path does not exist",
        "give an existing UTF-8 file with --gazetteer (a local path or a Hadoop URI)");
  }

  /** A {@code --gazetteer} file cannot be read. */
  public static UserError gazetteerFileUnreadable(String path, Exception error) {
    return new UserError("cannot read gazetteer file " + path, error.toString(),
        "check the path and your access to it");
  }

  /** A {@code --gazetteer} file is not UTF-8. */
  public static UserError gazetteerNotUtf8(String path, String detail) {
    return new UserError("gazetteer file " + path + " is not UTF-8", detail, "save the file as UTF-8");
  }

  /** A line of a {@code --gazetteer} file does not follow the format. */
  public static UserError gazetteerMalformed(String detail) {
    return new UserError("a --gazetteer file has a malformed line", detail,
        "fix that line (format: docs/gazetteer.md, \"The file format\") or leave the file out");
  }

  // ---- import ----

  /** An {@code import --input} file does not exist. */
  public static UserError importInputMissing(String input, Object qualified) {
    return new UserError("input file not found: " + input, "there is no file at " + qualified,
        "check the path given to --input");
  }

  /** A line of an {@code import} input does not follow its format. */
  public static UserError importMalformed(String detail, String formatName, String output) {
    return new UserError("cannot import: " + detail,
        "the input does not follow the " + formatName + " format at that line",
        "correct that line, or check that --format matches the file; nothing was written to " + output);
  }

  // ---- extract ----

  /** The file {@code extract} should read does not exist. */
  public static UserError extractFileMissing(String file) {
    return new UserError("no such file: " + file, "the path does not exist",
        "give an existing UTF-8 text file, - for standard input, or --text STRING");
  }

  /** A line of {@code extract --jsonl} input is not JSON. */
  public static UserError jsonlLineNotJson(int number, String detail) {
    return new UserError("line " + number + " of the JSONL input is not JSON", detail,
        "give one {\"id\": ..., \"text\": ...} object per line");
  }

  /** A line of {@code extract --jsonl} input has no text. */
  public static UserError jsonlLineWithoutText(int number) {
    return new UserError("line " + number + " of the JSONL input has no \"text\" string",
        "each line must be a JSON object with a text field", "give one {\"id\": ..., \"text\": ...} per line");
  }

  // ---- eval ----

  /** An {@code eval --set} path does not exist. */
  /** {@code paivand ambiguous}: a corpus path that does not exist. */
  public static UserError corpusPathMissing(Object path) {
    return new UserError("no corpus at " + path, "the path does not exist",
        "give Fars News .json files, ArmanPersoNER .txt files, plain .txt files or directories of them");
  }

  public static UserError evaluationSetMissing(Object path) {
    return new UserError("no evaluation set at " + path, "the path does not exist",
        "give an existing .jsonl file or a directory of them with --set");
  }

  /** Without {@code --set}, the checkout's evaluation sets are not where {@code paivand.home} points. */
  public static UserError defaultEvaluationSetMissing(Object set, String home, String defaultSet) {
    return new UserError("no evaluation set at " + set,
        home == null ? "paivand.home is not set (bin/paivand sets it to the checkout) and the current directory "
            + "is not a paivand checkout" : "the paivand home " + home + " has no " + defaultSet
            + " (an installed jar ships no evaluation sets)",
        "run bin/paivand from a paivand source checkout, or give --set DIR-or-FILE");
  }

  /** A line of an evaluation set cannot be read. */
  public static UserError evaluationLineUnreadable(String detail) {
    return new UserError("an evaluation set line cannot be read: " + detail,
        "each line must be one sentence in the format of docs/accuracy.md", "correct the line");
  }

  /** The evaluation sets hold no sentence. */
  public static UserError evaluationSetEmpty(Object locations) {
    return new UserError("no labelled sentences in " + locations, "no .jsonl file there holds a line",
        "give a .jsonl evaluation set with --set");
  }

  // ---- demo and bench ----

  /** {@code demo} finds no sample corpus under {@code paivand.home}. */
  public static UserError sampleCorpusMissing(Object sample, Object home) {
    return new UserError("the sample corpus is missing: " + sample, "paivand.home points at " + home,
        "run the demo through bin/paivand from a checkout of the repository");
  }

  /** {@code bench} runs without DuckDB on the class path. */
  public static UserError duckDbMissing() {
    return new UserError("DuckDB's JDBC driver is not on the class path",
        "bench compares with DuckDB, which is not part of the application jar",
        "run bench through bin/paivand (it adds the jar from ~/.m2; ./mvnw test-compile downloads it once)");
  }

  /** {@code bench --corpus real}: the data directory does not exist. */
  public static UserError realTextDirectoryMissing(Object directory) {
    return new UserError("the real-text data directory " + directory + " does not exist",
        "--corpus real builds its articles from the Fars News and ABC headline files there", REAL_TEXT_FIX);
  }

  /** {@code bench --corpus real}: a file of the data directory is missing. */
  public static UserError realTextFileMissing(Object directory, String name, List<String> needed) {
    return new UserError("the real-text data directory " + directory + " has no " + name,
        "--corpus real builds its articles from " + String.join(", ", needed), REAL_TEXT_FIX);
  }

  /** {@code bench --corpus real}: the files hold no dated article or headline. */
  public static UserError realTextWithoutArticles(Object directory, int sites, int days, Object readme) {
    return new UserError("the real-text data in " + directory + " has no dated articles",
        "the Fars files gave " + sites + " sites of dated articles and the ABC file " + days + " days of headlines",
        "restore the files described in " + readme);
  }
}
