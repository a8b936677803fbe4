package org.paivand.spark.nightly;

import org.paivand.output.OutputLayout;
import org.paivand.spark.job.ItemsetOptions;
import org.paivand.spark.job.SeriesOptions;
import org.paivand.spark.job.JobConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * What a nightly output remembers between runs, all under {@code DIR/_nightly/} (a name Spark and paivand readers
 * skip):
 *
 * <ul>
 *   <li>{@code partitions.json}: the settings the output was built with and, per processed delivery, its file
 *       fingerprint (path, size, modification time of each data file) and rows;
 *   <li>{@code articles_state/ingest_date=D/}: every row extracted from delivery D, used or not, with its facts
 *       (id, publication day, text hash and length, entities, pairs, mentions; reject reason and raw fields for
 *       rejected rows; no text of accepted rows), so that later nights re-mark and re-aggregate without re-reading
 *       the corpus;
 *   <li>{@code pending-RUNID/}: a run's staged update, see
 *       {@link NightlyCommit}.
 * </ul>
 *
 * @param format how {@code articles_state} is written: {@link #FORMAT}, or 1 for a state an earlier release wrote
 * @param settings the job settings that change what a row yields (columns, zone, text limit, dedup, gazetteers,
 *     roles)
 * @param partitions per processed ingest date: the fingerprint it had when processed
 * @param rows per processed ingest date: rows read from it
 */
record NightlyState(int format, Map<String, String> settings, Map<String, List<String>> partitions,
    Map<String, Long> rows) {
  /**
   * The format this release writes: 2, compact article rows ({@link StateRows}). Format 1 (struct rows) is read and
   * converted by the first night of this release ({@link StateFormatV1}).
   */
  static final int FORMAT = 2;
  static final String DIRECTORY = OutputLayout.NIGHTLY;
  static final String PARTITIONS = OutputLayout.NIGHTLY_PARTITIONS;
  static final String ARTICLES_STATE = "articles_state";
  /**
   * The slice kinds ({@code lang,source}) the first night found in the input: later nights count the same slices,
   * so that their months agree with the earlier ones; an input with other slice columns needs a backfill.
   */
  static final String SLICE_KINDS = "slice_kinds";
  /**
   * The time-series options (JSON) {@code timeseries} was last built with, so that a night without time-series
   * options rebuilds it as before. Not a setting that makes the state stale: the table is rebuilt whole each night.
   */
  static final String SERIES = "series";
  /** The itemset thresholds the months were mined with ({@code support,confidence}), or {@code off}. */
  static final String ITEMSETS = "itemsets";
  /**
   * Whether the stored facts hold role mentions ({@code on}, {@code off}): a state of a release before roles has
   * none, so it reads as {@code off} and a night with roles on needs a backfill over everything.
   */
  static final String ROLES = "roles";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static NightlyState empty() {
    return new NightlyState(FORMAT, Map.of(), Map.of(), Map.of());
  }

  static Path directory(Path output) {
    return new Path(output, DIRECTORY);
  }

  static Path file(Path output) {
    return new Path(directory(output), PARTITIONS);
  }

  static Path articles(Path output) {
    return new Path(directory(output), ARTICLES_STATE);
  }

  /** The settings that decide what a delivery's rows yield: changing any of them needs a full backfill. */
  static Map<String, String> settingsOf(JobConfig config, ItemsetOptions itemsets) {
    Map<String, String> settings = new TreeMap<>();
    settings.put("id_col", config.idColumn());
    settings.put("text_cols", String.join(",", config.textColumns()));
    settings.put("date_col", config.dateColumn());
    settings.put("lang_col", String.valueOf(config.langColumn()));
    settings.put("zone", config.zone().getId());
    settings.put("max_text_chars", String.valueOf(config.maxTextChars()));
    settings.put("dedup", config.dedup().cliName());
    settings.put("gazetteer_files", String.join(",", config.gazetteerFiles()));
    settings.put("source_col", String.valueOf(config.sourceColumn()));
    settings.put(ROLES, config.roles() ? "on" : "off"); // role mentions are in the stored facts of every article
    // itemsets of months not rewritten tonight were mined with these: other options need every month again
    settings.put(ITEMSETS, itemsets == null ? "off" : itemsets.minSupport() + "," + itemsets.minConfidence());
    return settings;
  }

  static NightlyState read(FileSystem fileSystem, Path output) {
    Path file = file(output);
    try {
      if (!fileSystem.exists(file)) {
        return empty();
      }
      JsonNode root;
      try (InputStream in = fileSystem.open(file)) {
        root = MAPPER.readTree(in);
      }
      Map<String, String> settings = new TreeMap<>();
      root.path("settings").fields().forEachRemaining(e -> settings.put(e.getKey(), e.getValue().asText()));
      if (!settings.isEmpty()) {
        settings.putIfAbsent(ROLES, "off");
      }
      Map<String, List<String>> partitions = new TreeMap<>();
      Map<String, Long> rows = new TreeMap<>();
      root.path("partitions").fields().forEachRemaining(e -> {
        List<String> files = new ArrayList<>();
        e.getValue().path("files").forEach(f -> files.add(f.asText()));
        partitions.put(e.getKey(), files);
        rows.put(e.getKey(), e.getValue().path("rows").asLong());
      });
      return new NightlyState(root.path("format").asInt(1), settings, partitions, rows);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the nightly state " + file, e);
    }
  }

  /** The state after tonight: {@code touched} partitions replaced by what was read ({@code removed} ones dropped). */
  NightlyState update(Map<String, String> newSettings, NightlyPlan plan, Map<String, List<String>> present,
      Map<String, Long> rowsRead) {
    Map<String, List<String>> nextPartitions = new TreeMap<>(partitions);
    Map<String, Long> nextRows = new TreeMap<>(rows);
    for (String day : plan.touched()) {
      nextPartitions.remove(day);
      nextRows.remove(day);
    }
    for (String day : plan.toRead()) {
      nextPartitions.put(day, present.get(day));
      nextRows.put(day, rowsRead.getOrDefault(day, 0L));
    }
    return new NightlyState(FORMAT, newSettings, nextPartitions, nextRows);
  }

  /** The recorded slice kinds; null for a new output, empty for one built before slices were kept. */
  String recordedSliceKinds() {
    return settings.isEmpty() ? null : settings.getOrDefault(SLICE_KINDS, "");
  }

  /** The itemset options recorded (an output of an earlier release always mined itemsets), or null: none kept. */
  ItemsetOptions recordedItemsets() {
    String recorded = settings.get(ITEMSETS);
    if (recorded == null || recorded.equals("off")) {
      return null;
    }
    String[] values = recorded.split(",");
    return new ItemsetOptions(Double.parseDouble(values[0]), Double.parseDouble(values[1]));
  }

  /** The recorded time-series options, or null when the output has none recorded. */
  SeriesOptions recordedSeries() {
    String json = settings.get(SERIES);
    if (json == null || json.isEmpty()) {
      return null;
    }
    try {
      return MAPPER.readValue(json, SeriesOptions.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the time-series options recorded in the nightly state", e);
    }
  }

  static String seriesJson(SeriesOptions options) {
    try {
      return options == null ? "" : MAPPER.writeValueAsString(options);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the time-series options", e);
    }
  }

  String toJson() {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", format);
    ObjectNode settingsNode = root.putObject("settings");
    settings.forEach(settingsNode::put);
    ObjectNode partitionsNode = root.putObject("partitions");
    partitions.forEach((day, files) -> {
      ObjectNode partition = partitionsNode.putObject(day);
      partition.put("rows", rows.getOrDefault(day, 0L));
      files.forEach(partition.putArray("files")::add);
    });
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the nightly state", e);
    }
  }

  /** Settings that differ between this state and {@code current}, as {@code name: was -> now}. */
  List<String> settingChanges(Map<String, String> current) {
    List<String> changes = new ArrayList<>();
    if (settings.isEmpty()) {
      return changes;
    }
    Map<String, String> all = new LinkedHashMap<>(settings);
    current.forEach(all::putIfAbsent);
    all.remove(SERIES);
    all.keySet().forEach(name -> {
      String was = settings.get(name);
      String now = current.get(name);
      if (!java.util.Objects.equals(was, now)) {
        changes.add(name + ": " + was + " -> " + now);
      }
    });
    return changes;
  }
}
