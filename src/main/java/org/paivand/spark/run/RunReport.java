package org.paivand.spark.run;

import org.paivand.spark.job.DedupMode;
import org.paivand.spark.job.JobConfig;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.apache.spark.sql.SparkSession;
import org.paivand.output.PaivandVersion;

/** Writes {@code _run.json}: the reconciliation, the configuration, where the data came from and how long it took. */
final class RunReport {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private RunReport() {}

  static String toJson(RunResult result, JobConfig config, SparkSession spark, Instant started, Instant finished) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("run_id", result.runId());
    root.put("status", "succeeded");
    root.put("started_at", started.toString());
    root.put("finished_at", finished.toString());
    root.put("paivand_version", PaivandVersion.of());
    root.put("rows_read", result.rowsRead());
    root.put("rows_used", result.rowsUsed());
    root.put("rows_rejected", result.rowsRejected());
    root.put("rows_duplicate", result.rowsDuplicate());
    root.put("rows_unreadable", result.rowsUnreadable());
    root.put("reconciled", result.reconciles());
    ObjectNode duplicates = root.putObject("duplicates");
    duplicates.put("mode", result.duplicates().mode().cliName());
    if (result.duplicates().mode() == DedupMode.NEAR) {
      duplicates.put("near_threshold", result.duplicates().nearThreshold());
    }
    duplicates.put("by_id", result.duplicates().byId());
    duplicates.put("exact_text", result.duplicates().exactText());
    duplicates.put("near_text", result.duplicates().nearText());
    duplicates.put("rows_used_without_text_dedup", result.rowsUsedWithoutTextDedup());
    ObjectNode reasons = root.putObject("rejects_by_reason");
    result.rejectsByReason().forEach(reasons::put);
    root.put("input_files", result.inputFiles());
    root.putArray("skipped_files").addAll(
        result.skippedFiles().stream().map(MAPPER.getNodeFactory()::textNode).toList());
    ObjectNode truncated = root.putObject("text_truncated");
    truncated.put("limit_chars", config.maxTextChars());
    truncated.put("articles", result.textTruncated());
    ObjectNode dates = root.putObject("publication_dates");
    dates.put("first", result.firstDate() == null ? null : result.firstDate().toString());
    dates.put("last", result.lastDate() == null ? null : result.lastDate().toString());
    ObjectNode tables = root.putObject("table_rows");
    result.tableRows().forEach(tables::put);
    ObjectNode phases = root.putObject("phase_seconds");
    result.phaseSeconds().forEach(phases::put);
    root.putArray("inputs").addAll(config.inputs().stream().map(MAPPER.getNodeFactory()::textNode).toList());
    root.put("output", result.output());
    ObjectNode sparkNode = root.putObject("spark");
    sparkNode.put("version", spark.version());
    sparkNode.put("master", spark.sparkContext().master());
    sparkNode.put("application_id", spark.sparkContext().applicationId());
    sparkNode.put("shuffle_partitions", spark.conf().get("spark.sql.shuffle.partitions"));
    sparkNode.put("jobs", result.sparkJobs());
    sparkNode.put("stages", result.sparkStages());
    ObjectNode configuration = root.putObject("configuration");
    configuration.put("id_col", config.idColumn());
    configuration.putArray("text_cols").addAll(
        config.textColumns().stream().map(MAPPER.getNodeFactory()::textNode).toList());
    configuration.put("date_col", config.dateColumn());
    configuration.put("lang_col", config.langColumn());
    configuration.put("zone", config.zone().getId());
    configuration.put("skip_corrupt_files", config.skipCorruptFiles());
    configuration.put("max_text_chars", config.maxTextChars());
    configuration.put("dedup", config.dedup().cliName());
    configuration.put("near_threshold", config.nearThreshold());
    configuration.put("mentions_text", config.mentionsText());
    configuration.put("roles", config.roles());
    configuration.put("itemsets", config.itemsets() != null);
    configuration.put("timeseries", config.series() != null);
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the run report", e);
    }
  }
}
