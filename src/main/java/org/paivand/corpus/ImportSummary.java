package org.paivand.corpus;

import java.util.List;
import org.apache.hadoop.fs.Path;

/**
 * What an import wrote: the record count, how many of those records have no publication date ({@code published} is
 * null, e.g. a Fars id that encodes no date), the count per input file in input order, and the output file.
 */
public record ImportSummary(long records, long undated, List<Long> recordsPerInput, Path output) {
  public ImportSummary {
    recordsPerInput = List.copyOf(recordsPerInput);
  }
}
