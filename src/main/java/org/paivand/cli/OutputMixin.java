package org.paivand.cli;

import picocli.CommandLine.Option;

/**
 * {@code --output} of the commands that read an output ({@code report}, {@code series}, {@code partners}): the
 * directory an earlier {@code run} or {@code nightly} wrote. The commands that write a directory keep their own
 * {@code --output}, each saying what it writes there ({@code run}, {@code demo}: a paivand output; {@code import},
 * {@code generate}: a corpus), because what may be there and what happens to it differ.
 */
public final class OutputMixin {
  @Option(names = "--output", required = true, paramLabel = "DIR",
      description = "the paivand output to read: a directory written by run or nightly")
  private String directory;

  /** The directory as given. */
  String directory() {
    return directory;
  }
}
