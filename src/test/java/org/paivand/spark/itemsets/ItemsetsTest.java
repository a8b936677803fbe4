package org.paivand.spark.itemsets;

import org.paivand.spark.SharedSpark;
import org.paivand.spark.itemsets.Itemsets;
import org.paivand.spark.job.ItemsetOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link Itemsets} on used articles given by hand, every figure counted by hand below.
 *
 * <pre>
 * 2020-10, 10 articles: {IR RU TR} x2, {IR RU} x2, {IR TR}, {AM AZ} x2, {IR}, {} x2
 *   IR 6, RU 4, TR 3, AM 2, AZ 2; IR+RU 4, IR+TR 3, RU+TR 2, AM+AZ 2, IR+RU+TR 2
 * 2020-11, 4 articles: {IR RU} x2, {AM AZ TR}, {RU}          IR 2, RU 3; IR+RU 2; AM+AZ 1
 * 2020-12, 30 articles: {IR RU} x20, {AM} x10                 IR 20, RU 20; IR+RU 20
 * </pre>
 *
 * With support 0.3 the months need 3, 2 (the floor of two articles; 0.3 × 4 asks for 1.2) and 9 articles: November
 * and October share one FPGrowth fit, mined down to 2 articles, so October's sets of 2 must be filtered out again.
 */
class ItemsetsTest {
  static Dataset<Row> used;

  @BeforeAll
  static void articles() {
    List<Row> rows = new ArrayList<>();
    add(rows, "2020-10-01", 2, "IR", "RU", "TR");
    add(rows, "2020-10-02", 2, "IR", "RU");
    add(rows, "2020-10-03", 1, "IR", "TR");
    add(rows, "2020-10-04", 2, "AM", "AZ");
    add(rows, "2020-10-05", 1, "IR");
    add(rows, "2020-10-31", 2);
    add(rows, "2020-11-01", 2, "IR", "RU");
    add(rows, "2020-11-15", 1, "AM", "AZ", "TR");
    add(rows, "2020-11-30", 1, "RU");
    add(rows, "2020-12-01", 20, "IR", "RU");
    add(rows, "2020-12-02", 10, "AM");
    used = SharedSpark.session().createDataFrame(rows, Itemsets.TRANSACTIONS);
  }

  static void add(List<Row> rows, String day, int copies, String... entities) {
    Object[] structs = new Object[entities.length];
    for (int k = 0; k < entities.length; k++) {
      structs[k] = RowFactory.create(entities[k], 1);
    }
    for (int c = 0; c < copies; c++) {
      rows.add(RowFactory.create((int) LocalDate.parse(day).toEpochDay(), structs));
    }
  }

  static Map<String, String> itemsets(Itemsets.Tables tables) {
    Map<String, String> sets = new TreeMap<>();
    for (Row row : tables.itemsets().collectAsList()) {
      List<String> items = row.getList(row.fieldIndex("items"));
      assertEquals(items.size(), row.<Integer>getAs("size"));
      sets.put(row.getAs("pub_month") + " " + String.join("+", items),
          row.getAs("articles") + "/" + row.getAs("month_articles") + " " + row.getAs("support"));
    }
    return sets;
  }

  static Map<String, String> rules(Itemsets.Tables tables) {
    Map<String, String> rules = new TreeMap<>();
    for (Row row : tables.rules().collectAsList()) {
      List<String> antecedent = row.getList(row.fieldIndex("antecedent"));
      rules.put(row.getAs("pub_month") + " " + String.join("+", antecedent) + "->" + row.getAs("consequent"),
          row.getAs("confidence") + " " + row.getAs("lift"));
    }
    return rules;
  }

  /** confidence and lift as the table defines them, with the same double operations. */
  static String rule(long articles, long antecedent, long consequent, long month) {
    double confidence = (double) articles / antecedent;
    return confidence + " " + confidence * month / consequent;
  }

  @Test
  void eachMonthAtItsOwnSupport() {
    Itemsets.Tables tables = Itemsets.compute(used, new ItemsetOptions(0.3, 0.6));
    assertEquals(Map.of(
        "2020-10 IR+RU", "4/10 " + 4.0 / 10,
        "2020-10 IR+TR", "3/10 " + 3.0 / 10,
        "2020-11 IR+RU", "2/4 " + 2.0 / 4,
        "2020-12 IR+RU", "20/30 " + 20.0 / 30), itemsets(tables));
    assertEquals(Map.of(
        "2020-10 IR->RU", rule(4, 6, 4, 10),
        "2020-10 RU->IR", rule(4, 4, 6, 10),
        "2020-10 TR->IR", rule(3, 3, 6, 10),
        "2020-11 IR->RU", rule(2, 2, 3, 4),
        "2020-11 RU->IR", rule(2, 3, 2, 4),
        "2020-12 IR->RU", rule(20, 20, 20, 30),
        "2020-12 RU->IR", rule(20, 20, 20, 30)), rules(tables), "IR->TR has confidence 3/6 < 0.6");
  }

  @Test
  void triplesAndRulesWithTwoAntecedents() {
    Itemsets.Tables tables = Itemsets.compute(used, new ItemsetOptions(0.2, 0.0));
    Map<String, String> sets = itemsets(tables);
    assertEquals("2/10 " + 2.0 / 10, sets.get("2020-10 IR+RU+TR"));
    assertEquals("2/10 " + 2.0 / 10, sets.get("2020-10 AM+AZ"));
    assertEquals(null, sets.get("2020-11 AM+AZ"), "one article is below the floor of two");
    assertEquals(5, sets.keySet().stream().filter(key -> key.startsWith("2020-10")).count(),
        "IR+RU IR+TR RU+TR AM+AZ IR+RU+TR, and nothing of size 1");
    Map<String, String> rules = rules(tables);
    assertEquals(rule(2, 4, 3, 10), rules.get("2020-10 IR+RU->TR"));
    assertEquals(rule(2, 2, 6, 10), rules.get("2020-10 RU+TR->IR"));
    assertEquals(rule(2, 3, 4, 10), rules.get("2020-10 IR+TR->RU"));
  }

  @Test
  void onlyTheMostMentionedEntitiesOfALongListAreMined() {
    // 12 entities, mentioned 12 down to 1 times, listed in id order as extraction sorts them; X07 and X08 tie at 5
    int[] mentions = {1, 12, 3, 11, 10, 9, 5, 5, 8, 2, 7, 6};
    Object[] structs = new Object[mentions.length];
    for (int k = 0; k < mentions.length; k++) {
      structs[k] = RowFactory.create(String.format("X%02d", k + 1), mentions[k]);
    }
    StructType schema = new StructType().add("entities", new ArrayType(Itemsets.ENTITY, false));
    Row row = SharedSpark.session().createDataFrame(List.of(RowFactory.create((Object) structs)), schema)
        .select(Itemsets.mostMentioned(org.apache.spark.sql.functions.col("entities"),
            Itemsets.MAX_ITEMS).as("items"))
        .first();
    assertEquals(List.of("X02", "X04", "X05", "X06", "X09", "X11", "X12", "X07"), row.getList(0));
    // a short list is kept whole
    Row few = SharedSpark.session().createDataFrame(List.of(RowFactory.create((Object) new Object[] {
            RowFactory.create("IR", 1), RowFactory.create("RU", 3)})), schema)
        .select(Itemsets.mostMentioned(org.apache.spark.sql.functions.col("entities"), 8).as("items"))
        .first();
    assertEquals(List.of("RU", "IR"), few.getList(0));
  }

  @Test
  void minimumCountIsTheSmallestCountReachingTheFraction() {
    assertEquals(3, Itemsets.minimumCount(0.3, 10), "0.3 x 10 is 3.0000000000000004 in doubles");
    assertEquals(1, Itemsets.minimumCount(0.3, 3));
    assertEquals(3, Itemsets.minimumCount(0.01, 300));
    assertEquals(1, Itemsets.minimumCount(0.01, 5));
  }
}
