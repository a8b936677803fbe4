package org.paivand.cli;

import java.util.ArrayList;
import java.util.List;
import org.paivand.gazetteer.Gazetteer;
import org.paivand.gazetteer.GazetteerFiles;
import picocli.CommandLine.Option;

/**
 * {@code --gazetteer} of the commands that match entities: {@code run} and {@code nightly} hand the files to the job
 * (which reads them through Hadoop), {@code extract} and {@code eval} read them from local disk here.
 */
public final class GazetteerMixin {
  @Option(names = "--gazetteer", paramLabel = "FILE",
      description = "extra gazetteer file (docs/gazetteer.md) adding or overriding entities; repeatable, in order")
  private List<String> files = new ArrayList<>();

  /** The files in the order given; empty for the standard gazetteer alone. */
  List<String> files() {
    return files;
  }

  /**
   * The standard gazetteer with the local files applied, loaded as {@code run} loads them, so that {@code extract}
   * and {@code eval} show and score what a run would count; a missing or malformed file is a user error.
   */
  Gazetteer loadLocal() {
    return files.isEmpty() ? Gazetteer.standard() : GazetteerFiles.check(GazetteerFiles.readLocal(files));
  }
}
