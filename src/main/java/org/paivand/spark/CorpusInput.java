package org.paivand.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.paivand.cli.UserError;

/**
 * Reads the corpus and checks it at the door: every named column must exist (else a {@link UserError} listing the
 * columns found, before anything is written), and the columns are projected to the fixed shape
 * {@link ExtractMentions} expects. The publication date is passed on according to its Spark type, so that no value is
 * ever formatted through a session time zone:
 *
 * <ul>
 *   <li>string (Gregorian or Jalali), or an integer such as {@code 20030219}: {@code date_text}, parsed by the core;
 *   <li>timestamp: {@code date_micros}, microseconds since the epoch, turned into a day in the run's zone;
 *   <li>timestamp without zone and date: {@code date_days}, days since the epoch, taken as they are.
 * </ul>
 */
final class CorpusInput {
  static final String ID = "id";
  static final String TEXT = "text";
  static final String LANG = "lang";
  static final String DATE_TEXT = "date_text";
  static final String DATE_MICROS = "date_micros";
  static final String DATE_DAYS = "date_days";
  static final String SOURCE = "source";

  static final StructType SCHEMA = new StructType()
      .add(ID, DataTypes.StringType)
      .add(TEXT, DataTypes.StringType)
      .add(LANG, DataTypes.StringType)
      .add(DATE_TEXT, DataTypes.StringType)
      .add(DATE_MICROS, DataTypes.LongType)
      .add(DATE_DAYS, DataTypes.IntegerType)
      .add(SOURCE, DataTypes.StringType);

  private CorpusInput() {}

  /**
   * The projected rows, what the check of the input files found, and the slice kinds the input has columns for
   * ({@code lang}, {@code source}; see {@link SliceDailyTables}).
   */
  record Input(Dataset<Row> rows, InputFiles.Report files, java.util.List<String> sliceKinds) {}

  static Input read(SparkSession spark, JobConfig config) {
    InputFiles.Report files = InputFiles.check(spark, config.inputs());
    if (!files.unreadable().isEmpty() && !config.skipCorruptFiles()) {
      throw InputFiles.unreadableError(files.unreadable());
    }
    DataFrameReader reader = spark.read();
    if (config.skipCorruptFiles()) {
      reader = reader.option("ignoreCorruptFiles", "true");
    }
    if (!files.conflicts().isEmpty() || files.distinctSchemas().size() > 1) {
      // Files differ (a column added later, or a type change in a column the job may not use): read the columns
      // the job uses with one explicit schema instead of letting Spark merge every column of every file.
      Map<String, Map<String, List<String>>> relevant = InputFiles.relevant(files.conflicts(), config);
      if (!relevant.isEmpty()) {
        throw InputFiles.conflictError(relevant);
      }
      reader = reader.schema(readSchema(spark, files, config));
    }
    Dataset<Row> raw;
    try {
      raw = reader.parquet(config.inputs().toArray(String[]::new));
    } catch (Exception e) { // Spark throws AnalysisException, a checked type, without declaring it
      if (e instanceof AnalysisException || String.valueOf(e.getMessage()).contains("PATH_NOT_FOUND")) {
        throw unreadable(config, e);
      }
      throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
    }
    return new Input(project(raw, config), files, sliceKinds(raw.schema(), config));
  }

  /** The used columns, typed as Spark reads them from one file of each distinct footer schema. */
  private static StructType readSchema(SparkSession spark, InputFiles.Report files, JobConfig config) {
    List<String> used = new ArrayList<>();
    used.add(config.idColumn());
    used.addAll(config.textColumns());
    used.add(config.dateColumn());
    if (config.langColumn() != null) {
      used.add(config.langColumn());
    }
    if (config.sourceColumn() != null) {
      used.add(config.sourceColumn());
    }
    List<StructType> schemas = files.distinctSchemas().values().stream()
        .map(file -> spark.read().parquet(file).schema()).toList();
    StructType schema = new StructType();
    for (String column : used.stream().distinct().toList()) {
      for (StructType fileSchema : schemas) {
        if (has(fileSchema, column)) {
          schema = schema.add(fileSchema.apply(column));
          break;
        }
      }
    }
    return schema;
  }

  static Dataset<Row> project(Dataset<Row> raw, JobConfig config) {
    StructType schema = raw.schema();
    List<String> missing = new ArrayList<>();
    requireColumn(schema, config.idColumn(), "--id-col", missing);
    config.textColumns().forEach(name -> requireColumn(schema, name, "--text-col", missing));
    requireColumn(schema, config.dateColumn(), "--date-col", missing);
    boolean hasLang = config.langColumn() != null && has(schema, config.langColumn());
    if (config.langColumnExplicit() && !hasLang) {
      requireColumn(schema, config.langColumn(), "--lang-col", missing);
    }
    if (!missing.isEmpty()) {
      throw new UserError(
          "the input has no column " + String.join(", ", missing),
          "columns found: " + String.join(", ", Arrays.asList(schema.fieldNames())),
          "name the right columns with --id-col, --text-col, --date-col and --lang-col");
    }

    Column[] texts = config.textColumns().stream().map(name -> col(quoted(name)).cast("string"))
        .toArray(Column[]::new);
    // concat_ws skips nulls; all texts null must stay null so the row is rejected as missing_text
    Column anyText = null;
    for (Column text : texts) {
      anyText = anyText == null ? text.isNotNull() : anyText.or(text.isNotNull());
    }
    Column text = texts.length == 1 ? texts[0] : when(anyText, concat_ws("\n", texts));

    Column date = col(quoted(config.dateColumn()));
    DataType dateType = schema.apply(config.dateColumn()).dataType();
    Column dateText = lit(null).cast("string");
    Column dateMicros = lit(null).cast("long");
    Column dateDays = lit(null).cast("int");
    if (dateType.equals(DataTypes.TimestampType)) {
      dateMicros = org.apache.spark.sql.functions.unix_micros(date);
    } else if (dateType.equals(DataTypes.DateType)) {
      dateDays = org.apache.spark.sql.functions.unix_date(date);
    } else if (dateType.equals(DataTypes.TimestampNTZType)) {
      dateDays = org.apache.spark.sql.functions.unix_date(date.cast("date"));
    } else if (dateType.equals(DataTypes.StringType) || isInteger(dateType)) {
      dateText = date.cast("string");
    } else {
      throw new UserError(
          "the date column " + config.dateColumn() + " has type " + dateType.simpleString(),
          "paivand reads publication dates from string, date, timestamp or integer (yyyyMMdd) columns",
          "name another column with --date-col, or convert this one");
    }
    Column lang = hasLang ? col(quoted(config.langColumn())).cast("string") : lit(null).cast("string");
    boolean hasSource = config.sourceColumn() != null && has(schema, config.sourceColumn());
    Column source = hasSource ? col(quoted(config.sourceColumn())).cast("string") : lit(null).cast("string");
    return raw.select(
        col(quoted(config.idColumn())).cast("string").as(ID),
        text.as(TEXT),
        lang.as(LANG),
        dateText.as(DATE_TEXT),
        dateMicros.as(DATE_MICROS),
        dateDays.as(DATE_DAYS),
        source.as(SOURCE));
  }

  /** {@code lang} and {@code source} when the input has those columns: the slices counted per day. */
  static List<String> sliceKinds(StructType schema, JobConfig config) {
    List<String> kinds = new ArrayList<>();
    if (config.langColumn() != null && has(schema, config.langColumn())) {
      kinds.add(SliceDailyTables.LANG);
    }
    if (config.sourceColumn() != null && has(schema, config.sourceColumn())) {
      kinds.add(SliceDailyTables.SOURCE);
    }
    return kinds;
  }

  private static boolean isInteger(DataType type) {
    return type.equals(DataTypes.IntegerType) || type.equals(DataTypes.LongType);
  }

  private static void requireColumn(StructType schema, String name, String option, List<String> missing) {
    if (!has(schema, name)) {
      missing.add("'" + name + "' (" + option + ")");
    }
  }

  private static boolean has(StructType schema, String name) {
    for (StructField field : schema.fields()) {
      if (field.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static String quoted(String name) {
    return "`" + name.replace("`", "``") + "`";
  }

  private static UserError unreadable(JobConfig config, Exception e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
    return new UserError(
        "cannot read the input " + String.join(" ", config.inputs()),
        message,
        "give Parquet files, directories holding them, Hive-partitioned roots (key=value subdirectories) or globs"
            + " with --input; for files in other subdirectories use a glob such as DIR/*");
  }
}
