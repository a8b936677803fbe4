package org.paivand.spark.input;

import org.paivand.spark.count.CountDaily;
import org.paivand.spark.job.JobConfig;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import org.apache.hadoop.conf.Configuration;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.datasources.parquet.ParquetToSparkSchemaConverter;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.paivand.errors.InputErrors;
import org.paivand.errors.UserError;

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
public final class CorpusInput {
  public static final String ID = "id";
  public static final String TEXT = "text";
  public static final String LANG = "lang";
  public static final String DATE_TEXT = "date_text";
  public static final String DATE_MICROS = "date_micros";
  public static final String DATE_DAYS = "date_days";
  public static final String SOURCE = "source";
  /** The path of the file a row was read from: its delivery ({@code ingest_date=...}) is in it. */
  public static final String FILE_PATH = "file_path";

  public static final StructType SCHEMA = new StructType()
      .add(ID, DataTypes.StringType)
      .add(TEXT, DataTypes.StringType)
      .add(LANG, DataTypes.StringType)
      .add(DATE_TEXT, DataTypes.StringType)
      .add(DATE_MICROS, DataTypes.LongType)
      .add(DATE_DAYS, DataTypes.IntegerType)
      .add(SOURCE, DataTypes.StringType)
      .add(FILE_PATH, DataTypes.StringType);

  private CorpusInput() {}

  /**
   * The projected rows, what the check of the input files found (their rows included), and the slice kinds the input
   * has columns for ({@code lang}, {@code source}).
   */
  public record Input(Dataset<Row> rows, InputFiles.Report files, List<String> sliceKinds) {}

  public static Input read(SparkSession spark, JobConfig config) {
    InputFiles.Report files = InputFiles.check(spark, config.inputs());
    if (!files.unreadable().isEmpty() && !config.skipCorruptFiles()) {
      throw InputFiles.unreadableError(files.unreadable());
    }
    if (!files.conflicts().isEmpty()) {
      Map<String, Map<String, List<String>>> relevant = InputFiles.relevant(files.conflicts(), config);
      if (!relevant.isEmpty()) {
        throw InputFiles.conflictError(relevant);
      }
    }
    DataFrameReader reader = spark.read();
    if (config.skipCorruptFiles()) {
      reader = reader.option("ignoreCorruptFiles", "true");
    }
    // The columns the job uses, typed as the footers say: an explicit schema spares Spark its inference job, and
    // files that differ (a column added later, a type change in a column the job does not use) read as one.
    StructType schema = readSchema(spark, files, config);
    if (schema != null) {
      reader = reader.schema(schema);
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

  /**
   * The used columns, typed as one file of each distinct footer schema says (the first that has a column decides);
   * null when a used column is in no footer (a partition column of a Hive-partitioned root): Spark then infers the
   * schema, partition columns included, and a missing column is reported with the columns it found.
   */
  private static StructType readSchema(SparkSession spark, InputFiles.Report files, JobConfig config) {
    List<String> used = new ArrayList<>();
    used.add(config.idColumn());
    used.addAll(config.textColumns());
    used.add(config.dateColumn());
    List<String> optional = new ArrayList<>();
    if (config.langColumn() != null) {
      optional.add(config.langColumn());
    }
    if (config.sourceColumn() != null) {
      optional.add(config.sourceColumn());
    }
    ParquetToSparkSchemaConverter converter = new ParquetToSparkSchemaConverter(spark.sessionState().conf());
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    List<StructType> schemas = new ArrayList<>();
    for (String file : files.distinctSchemas().values()) {
      schemas.add(converter.convert(InputFiles.footerSchema(file, hadoop)));
    }
    StructType schema = new StructType();
    List<String> all = new ArrayList<>(used);
    all.addAll(optional);
    for (String column : all.stream().distinct().toList()) {
      StructField field = schemas.stream().filter(s -> has(s, column)).map(s -> s.apply(column)).findFirst()
          .orElse(null);
      if (field == null && used.contains(column) || field == null && config.langColumnExplicit()
          && column.equals(config.langColumn())) {
        return null;
      }
      if (field != null) {
        schema = schema.add(field);
      }
    }
    return schema;
  }

  public static Dataset<Row> project(Dataset<Row> raw, JobConfig config) {
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
      throw InputErrors.missingColumns(missing, Arrays.asList(schema.fieldNames()));
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
      throw InputErrors.dateColumnType(config.dateColumn(), dateType.simpleString());
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
        source.as(SOURCE),
        col("_metadata.file_path").as(FILE_PATH));
  }

  /** {@code lang} and {@code source} when the input has those columns: the slices counted per day. */
  static List<String> sliceKinds(StructType schema, JobConfig config) {
    List<String> kinds = new ArrayList<>();
    if (config.langColumn() != null && has(schema, config.langColumn())) {
      kinds.add(CountDaily.LANG);
    }
    if (config.sourceColumn() != null && has(schema, config.sourceColumn())) {
      kinds.add(CountDaily.SOURCE);
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
    return InputErrors.cannotReadInput(config.inputs(), message);
  }
}
