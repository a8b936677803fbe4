package org.paivand.spark;

/** Reason codes of rows quarantined in {@code rejects/}, besides the date parser's own. */
final class RejectReason {
  static final String MISSING_ID = "missing_id";
  static final String MISSING_TEXT = "missing_text";
  static final String FUTURE_DATE = "future_date";

  private RejectReason() {}
}
