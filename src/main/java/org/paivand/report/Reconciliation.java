package org.paivand.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a run's {@code _run.json} says about its rows (see {@code docs/outputs.md}): read = used + rejected +
 * duplicate + unreadable, and the rejects by reason.
 */
public record Reconciliation(String runId, String finishedAt, long rowsRead, long rowsUsed, long rowsRejected,
    long rowsDuplicate, long rowsUnreadable, boolean reconciled, Map<String, Long> rejectsByReason,
    String firstDate, String lastDate) {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  public Reconciliation {
    rejectsByReason = Map.copyOf(rejectsByReason);
  }

  /** @throws IllegalArgumentException when the text is not a run report */
  public static Reconciliation fromJson(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject() || !root.has("rows_read")) {
      throw new IllegalArgumentException("no rows_read field: not a paivand run report");
    }
    Map<String, Long> reasons = new LinkedHashMap<>();
    JsonNode byReason = root.path("rejects_by_reason");
    for (Iterator<Map.Entry<String, JsonNode>> it = byReason.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      reasons.put(entry.getKey(), entry.getValue().asLong());
    }
    JsonNode dates = root.path("publication_dates");
    return new Reconciliation(text(root.path("run_id")), text(root.path("finished_at")),
        root.path("rows_read").asLong(), root.path("rows_used").asLong(), root.path("rows_rejected").asLong(),
        root.path("rows_duplicate").asLong(), root.path("rows_unreadable").asLong(),
        root.path("reconciled").asBoolean(false), reasons, text(dates.path("first")), text(dates.path("last")));
  }

  /** used + rejected + duplicate + unreadable: equals {@link #rowsRead} in every published run. */
  public long accountedFor() {
    return rowsUsed + rowsRejected + rowsDuplicate + rowsUnreadable;
  }

  private static String text(JsonNode node) {
    return node.isMissingNode() || node.isNull() ? null : node.asText();
  }
}
