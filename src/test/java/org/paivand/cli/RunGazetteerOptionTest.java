package org.paivand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code run --gazetteer FILE} (repeatable) fills the job config's gazetteer files, in the order given. */
class RunGazetteerOptionTest {

  private static RunCommand parse(String... args) {
    RunCommand command = new RunCommand();
    new CommandLine(command).parseArgs(args);
    return command;
  }

  @Test
  void repeatedFilesKeepTheirOrder() {
    RunCommand command = parse("--input", "in", "--output", "out", "--gazetteer", "b.tsv", "--gazetteer",
        "hdfs:///gazetteers/a.tsv");
    assertEquals(List.of("b.tsv", "hdfs:///gazetteers/a.tsv"), command.config().gazetteerFiles());
  }

  @Test
  void noFilesByDefault() {
    assertEquals(List.of(), parse("--input", "in", "--output", "out").config().gazetteerFiles());
  }
}
