package org.paivand.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Which corpus {@code paivand bench} times (its {@code --corpus} option). */
public enum BenchCorpus {
  /** Synthetic articles from {@code paivand generate}, with planted entities (the default). */
  GENERATED,
  /** Real Fars News paragraphs and ABC headlines remixed into articles ({@link RealTextCorpus}). */
  REAL;

  /** The name on the command line. */
  public String cliName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The corpus of that command-line name, if any. */
  public static Optional<BenchCorpus> named(String name) {
    return Arrays.stream(values()).filter(corpus -> corpus.cliName().equals(name)).findFirst();
  }

  /** Every command-line name, for messages. */
  public static List<String> names() {
    return Arrays.stream(values()).map(BenchCorpus::cliName).toList();
  }
}
