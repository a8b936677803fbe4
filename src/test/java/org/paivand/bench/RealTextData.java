package org.paivand.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared real-text data directory of the tests: {@code ../shared/data} beside the checkout that surefire passes as
 * {@code paivand.repo}. It is there on every machine that runs the suite (CI has it); when it is not, the tests that
 * need it fail saying where they looked, rather than pass without having read any real text.
 */
final class RealTextData {
  private RealTextData() {}

  static Path directory() {
    Path directory = Path.of(System.getProperty("paivand.repo", ".")).resolve("../shared/data").toAbsolutePath()
        .normalize();
    assertTrue(Files.isRegularFile(directory.resolve(RealTextSources.ABC_FILE))
            && Files.isRegularFile(directory.resolve(RealTextSources.FARS_FILES.get(0))),
        "the real-text test data is missing: expected " + directory + " (paivand.repo + /../shared/data) with "
            + RealTextSources.FARS_FILES + " and " + RealTextSources.ABC_FILE);
    return directory;
  }
}
