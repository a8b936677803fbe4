package org.paivand.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.paivand.spark.SharedSpark;

/**
 * A small paivand output written table by table, with a {@code timeseries} of exactly the columns plus a
 * {@code source} slice column, so that every figure the report shows can be worked out by hand:
 *
 * <ul>
 *   <li>timeseries, document scope: IR–RU and AM–AZ by month 2020-07..2020-12 and by day 2020-10-01..10;
 *       spikes IR–RU day 2020-10-06 (z 5.2), IR–RU month 2020-10 (z 4.5), AM–AZ day 2020-10-07 (z 3.4),
 *       IR–lavrov day 2020-10-06 (z 3.1); AM–AZ has no articles in 2020-08 (share null). Not document scope or
 *       sliced: a sentence spike IR–RU 2020-10-02 (z 9) and a {@code source = fars} copy of IR–RU 2020-10 (z 8).
 *       No week rows.
 *   <li>mentions: e1 (10-06) IR+RU in sentence 2 (HTML characters), lavrov in 3; f1 (10-06) IR+RU in Persian
 *       sentence 0, IR in 1; e2 (10-06) IR in 0, RU in 1; e3 (10-06) IR only; e4 (10-05) IR+RU in 0; a1 (10-07)
 *       AM+AZ in Persian sentence 0.
 *   <li>pairs_daily (document): IR–RU 1 on 10-05 and 3 on 10-06, AM–AZ 1, IR–lavrov 1; entities_daily: IR 5, RU 4,
 *       AM 1, AZ 1, lavrov 1 articles; totals_daily: 5 + 10 + 5 = 20 articles.
 *   <li>_run.json: 25 read = 20 used + 3 rejected (2 invalid_date, 1 missing_text) + 2 duplicate.
 * </ul>
 */
final class ReportFixtures {
  static final String E1_SENTENCE = "Iran & Russia <b>agree</b> on \"grain\" deal";
  static final String F1_SENTENCE = "وزیران خارجه ايران و روسيه در مسکو دیدار کردند.";
  static final String A1_SENTENCE = "ارمنستان و جمهوری آذربایجان درباره قره‌باغ گفتگو کردند.";
  static final String RUN_JSON = """
      {"run_id": "20201011T000000-fixture", "status": "succeeded", "finished_at": "2020-10-11T00:00:10Z",
       "rows_read": 25, "rows_used": 20, "rows_rejected": 3, "rows_duplicate": 2, "rows_unreadable": 0,
       "reconciled": true, "rejects_by_reason": {"invalid_date": 2, "missing_text": 1},
       "publication_dates": {"first": "2020-07-01", "last": "2020-12-31"}}
      """;

  private ReportFixtures() {}

  static Path write(Path output) throws IOException {
    SparkSession spark = SharedSpark.session();
    Files.createDirectories(output);
    Files.writeString(output.resolve("_run.json"), RUN_JSON, StandardCharsets.UTF_8);
    write(spark, output.resolve("timeseries"), timeseriesSchema(), timeseries());
    write(spark, output.resolve("mentions"), new StructType().add("id", DataTypes.StringType)
        .add("pub_date", DataTypes.DateType).add("entity", DataTypes.StringType)
        .add("sentence", DataTypes.IntegerType).add("start", DataTypes.IntegerType).add("end", DataTypes.IntegerType)
        .add("sentence_text", DataTypes.StringType), List.of(
            mention("e1", "2020-10-06", "IR", 2, E1_SENTENCE), mention("e1", "2020-10-06", "RU", 2, E1_SENTENCE),
            mention("e1", "2020-10-06", "lavrov", 3, "Lavrov spoke."),
            mention("f1", "2020-10-06", "IR", 0, F1_SENTENCE), mention("f1", "2020-10-06", "RU", 0, F1_SENTENCE),
            mention("f1", "2020-10-06", "IR", 1, "ايران بیانیه داد."),
            mention("e2", "2020-10-06", "IR", 0, "Iran first."), mention("e2", "2020-10-06", "RU", 1, "Russia next."),
            mention("e3", "2020-10-06", "IR", 0, "Iran alone."),
            mention("e4", "2020-10-05", "IR", 0, "Iran and Russia, a day early."),
            mention("e4", "2020-10-05", "RU", 0, "Iran and Russia, a day early."),
            mention("a1", "2020-10-07", "AM", 0, A1_SENTENCE), mention("a1", "2020-10-07", "AZ", 0, A1_SENTENCE)));
    write(spark, output.resolve("pairs_daily"), new StructType().add("pub_date", DataTypes.DateType)
        .add("entity_a", DataTypes.StringType).add("entity_b", DataTypes.StringType)
        .add("scope", DataTypes.StringType).add("articles", DataTypes.LongType)
        .add("sentences", DataTypes.LongType), List.of(
            RowFactory.create(date("2020-10-05"), "IR", "RU", "document", 1L, null),
            RowFactory.create(date("2020-10-06"), "IR", "RU", "document", 3L, null),
            RowFactory.create(date("2020-10-06"), "IR", "RU", "sentence", 2L, 2L),
            RowFactory.create(date("2020-10-07"), "AM", "AZ", "document", 1L, null),
            RowFactory.create(date("2020-10-06"), "IR", "lavrov", "document", 1L, null)));
    write(spark, output.resolve("entities_daily"), new StructType().add("pub_date", DataTypes.DateType)
        .add("entity", DataTypes.StringType).add("articles", DataTypes.LongType).add("mentions", DataTypes.LongType),
        List.of(RowFactory.create(date("2020-10-05"), "IR", 1L, 1L),
            RowFactory.create(date("2020-10-06"), "IR", 4L, 5L),
            RowFactory.create(date("2020-10-05"), "RU", 1L, 1L), RowFactory.create(date("2020-10-06"), "RU", 3L, 3L),
            RowFactory.create(date("2020-10-07"), "AM", 1L, 1L), RowFactory.create(date("2020-10-07"), "AZ", 1L, 1L),
            RowFactory.create(date("2020-10-06"), "lavrov", 1L, 1L)));
    write(spark, output.resolve("totals_daily"), new StructType().add("pub_date", DataTypes.DateType)
        .add("articles", DataTypes.LongType), List.of(RowFactory.create(date("2020-10-05"), 5L),
            RowFactory.create(date("2020-10-06"), 10L), RowFactory.create(date("2020-10-07"), 5L)));
    return output;
  }

  static StructType timeseriesSchema() {
    StructType schema = new StructType().add("granularity", DataTypes.StringType)
        .add("period_start", DataTypes.DateType).add("period_label", DataTypes.StringType)
        .add("scope", DataTypes.StringType).add("entity_a", DataTypes.StringType)
        .add("entity_b", DataTypes.StringType);
    for (String count : List.of("pair_articles", "a_articles", "b_articles", "total_articles")) {
      schema = schema.add(count, DataTypes.LongType);
    }
    for (String measure : List.of("share", "pmi", "npmi", "llr", "jaccard", "rolling_share", "zscore")) {
      schema = schema.add(measure, DataTypes.DoubleType);
    }
    return schema.add("spike", DataTypes.BooleanType).add("source", DataTypes.StringType);
  }

  /** Shares of IR–RU by month; 2020-10 is the spike. */
  static final double[] IR_RU_MONTH = {0.010, 0.012, 0.011, 0.050, 0.020, 0.015};
  static final double[] IR_RU_DAY = {0.01, 0.02, 0.01, 0.02, 0.10, 0.30, 0.05, 0.02, 0.01, 0.02};

  static List<Row> timeseries() {
    List<Row> rows = new ArrayList<>();
    for (int m = 0; m < 6; m++) {
      LocalDate start = LocalDate.of(2020, 7 + m, 1);
      String label = start.toString().substring(0, 7);
      rows.add(series("month", start, label, "document", "IR", "RU", 100, IR_RU_MONTH[m], m == 3 ? 4.5 : 0.1, m == 3,
          null));
      boolean empty = m == 1;
      rows.add(series("month", start, label, "document", "AM", "AZ", empty ? 0 : 100, empty ? null : 0.02, 0.2,
          false, null));
    }
    rows.add(series("month", LocalDate.of(2020, 10, 1), "2020-10", "document", "IR", "RU", 40, 0.05, 8.0, true,
        "fars"));
    for (int d = 0; d < 10; d++) {
      LocalDate day = LocalDate.of(2020, 10, 1 + d);
      rows.add(series("day", day, day.toString(), "document", "IR", "RU", 10, IR_RU_DAY[d], d == 5 ? 5.2 : 0.3,
          d == 5, null));
      rows.add(series("day", day, day.toString(), "document", "AM", "AZ", 10, 0.02, d == 6 ? 3.4 : 0.0, d == 6,
          null));
      rows.add(series("day", day, day.toString(), "sentence", "IR", "RU", 10, 0.01, d == 1 ? 9.0 : 0.0, d == 1,
          null));
    }
    rows.add(series("day", LocalDate.of(2020, 10, 6), "2020-10-06", "document", "IR", "lavrov", 10, 0.1, 3.1, true,
        null));
    return rows;
  }

  private static Row series(String granularity, LocalDate start, String label, String scope, String a, String b,
      long total, Double share, double zscore, boolean spike, String source) {
    long pair = share == null ? 0 : Math.round(share * total);
    return RowFactory.create(granularity, Date.valueOf(start), label, scope, a, b, pair, pair + 5, pair + 7, total,
        share, null, null, null, null, share == null ? null : share * 0.9, zscore, spike, source);
  }

  private static Row mention(String id, String day, String entity, int sentence, String text) {
    return RowFactory.create(id, date(day), entity, sentence, 0, 4, text);
  }

  private static Date date(String day) {
    return Date.valueOf(LocalDate.parse(day));
  }

  private static void write(SparkSession spark, Path path, StructType schema, List<Row> rows) {
    spark.createDataFrame(rows, schema).coalesce(1).write().mode(SaveMode.Overwrite).parquet(path.toUri().toString());
  }
}
