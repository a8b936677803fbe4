package org.paivand.spark.extract;

import java.util.List;
import org.paivand.dates.DateRejection;

/** Reason codes of rows quarantined in {@code rejects/}: the row's own, and the date parser's. */
public final class RejectReason {
  public static final String MISSING_ID = "missing_id";
  public static final String MISSING_TEXT = "missing_text";
  public static final String FUTURE_DATE = "future_date";
  /** Every reason a row can be rejected for, as {@code docs/outputs.md} lists them. */
  public static final List<String> ALL = List.of(MISSING_ID, MISSING_TEXT, DateRejection.MISSING_DATE,
      DateRejection.INVALID_DATE, DateRejection.DATE_OUT_OF_RANGE, FUTURE_DATE);

  private RejectReason() {}
}
