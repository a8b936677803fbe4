package org.paivand.spark.nightly;

import org.paivand.output.PaivandVersion;
import org.paivand.spark.input.InputFiles;
import org.paivand.spark.job.JobConfig;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.apache.spark.sql.SparkSession;

/**
 * The {@code _run.json} of a nightly run: which deliveries it processed and why, rows read and how they were marked,
 * which publication days and months it rewrote, and what the output's state holds now. See
 * {@code docs/operations.md}, "Monitoring".
 */
final class NightlyReport {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private NightlyReport() {}

  static String toJson(NightlyResult result, NightlyOptions options, SparkSession spark, InputFiles.Report files,
      NightlyState state, Instant started, Instant finished) {
    JobConfig config = options.job();
    ObjectNode root = MAPPER.createObjectNode();
    root.put("run_id", result.runId());
    root.put("command", options.reprocess() == null ? "nightly" : "backfill");
    root.put("status", "succeeded");
    root.put("started_at", started.toString());
    root.put("finished_at", finished.toString());
    root.put("paivand_version", PaivandVersion.of());
    root.put("date", options.date().toString());
    if (options.lookbackDays() != null) {
      root.put("lookback_days", options.lookbackDays());
    }
    if (options.reprocess() != null) {
      root.putObject("reprocess").put("from", options.reprocess().from().toString())
          .put("to", options.reprocess().to().toString());
    }
    ObjectNode partitions = root.putObject("partitions_processed");
    result.partitions().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
        .forEach(e -> partitions.putObject(e.getKey()).put("action", e.getValue())
            .put("rows", state.rows().getOrDefault(e.getKey(), 0L))
            .put("files", state.partitions().getOrDefault(e.getKey(), java.util.List.of()).size()));
    result.later().forEach(root.putArray("partitions_later")::add);
    root.put("rows_read", result.rowsRead());
    root.put("rows_used", result.rowsUsed());
    root.put("rows_rejected", result.rowsRejected());
    root.put("rows_duplicate", result.rowsDuplicate());
    root.put("reconciled", result.reconciles());
    root.put("input_files", files == null ? 0 : files.files().size());
    ObjectNode rewritten = root.putObject("rewritten");
    result.rewrittenDates().forEach(day -> rewritten.withArray("publication_dates").add(day.toString()));
    result.rewrittenMonths().forEach(rewritten.withArray("pub_months")::add);
    ObjectNode tables = root.putObject("table_rows_written");
    result.tableRows().forEach(tables::put);
    ObjectNode held = root.putObject("state");
    held.put("deliveries", state.partitions().size());
    held.put("rows", state.rows().values().stream().mapToLong(Long::longValue).sum());
    result.recovered().forEach(root.putArray("recovered")::add);
    ObjectNode phases = root.putObject("phase_seconds");
    result.phaseSeconds().forEach(phases::put);
    root.putArray("inputs").add(config.inputs().get(0));
    root.put("output", result.output());
    ObjectNode sparkNode = root.putObject("spark");
    sparkNode.put("version", spark.version());
    sparkNode.put("master", spark.sparkContext().master());
    sparkNode.put("application_id", spark.sparkContext().applicationId());
    ObjectNode configuration = root.putObject("configuration");
    state.settings().forEach(configuration::put);
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the nightly run report", e);
    }
  }
}
