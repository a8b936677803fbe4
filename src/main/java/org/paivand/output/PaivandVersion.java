package org.paivand.output;

/** The version written into {@code _run.json}: the application jar's, or {@code development} from a class tree. */
public final class PaivandVersion {
  private PaivandVersion() {}

  public static String of() {
    String version = PaivandVersion.class.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }
}
