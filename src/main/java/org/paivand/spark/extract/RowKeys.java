package org.paivand.spark.extract;

import java.time.LocalDate;

/**
 * The key of an input row, unique among the rows of a run and of a nightly state, and the same each time the same
 * files are read with the same settings (Spark splits Parquet files the same way), so that it can name the rows a
 * step excludes without carrying the rows:
 *
 * <pre>
 * [ delivery day 17 bits ][ input partition 20 bits ][ row within the partition 26 bits ]
 * </pre>
 *
 * <p>The delivery day (days since 1900-01-01 of the row's {@code ingest_date}, 0 without one) keeps the keys of one
 * night's rows apart from those of other nights in the state. A partition is a slice of at most
 * {@code spark.sql.files.maxPartitionBytes} of Parquet, far below 2^26 rows.
 */
public final class RowKeys {
  static final int PARTITION_BITS = 20;
  static final int ROW_BITS = 26;
  private static final long FIRST_EPOCH_DAY = LocalDate.of(1900, 1, 1).toEpochDay();

  private RowKeys() {}

  /** The key of row {@code row} (from 0) of input partition {@code partition}, delivered on {@code ingestDay}. */
  public static long of(LocalDate ingestDay, int partition, long row) {
    long delivery = ingestDay == null ? 0 : ingestDay.toEpochDay() - FIRST_EPOCH_DAY + 1;
    if (partition >= 1 << PARTITION_BITS || row >= 1L << ROW_BITS || delivery < 0 || delivery >= 1 << 17) {
      throw new IllegalStateException("cannot key row " + row + " of input partition " + partition + " delivered "
          + ingestDay + ": over " + (1 << PARTITION_BITS) + " partitions or " + (1L << ROW_BITS)
          + " rows in one; raise spark.sql.files.maxPartitionBytes or lower it");
    }
    return (delivery << PARTITION_BITS | partition) << ROW_BITS | row;
  }

  /** The delivery day of a key's row, or null for a row read from no {@code ingest_date=} directory. */
  public static LocalDate delivery(long key) {
    long delivery = key >>> (PARTITION_BITS + ROW_BITS);
    return delivery == 0 ? null : LocalDate.ofEpochDay(delivery - 1 + FIRST_EPOCH_DAY);
  }
}
