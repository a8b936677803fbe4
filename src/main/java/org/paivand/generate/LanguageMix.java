package org.paivand.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * The share of each language in a generated corpus, from {@code fa:0.6,en:0.4}. Only {@code fa} and {@code en} exist
 * (the generator's material is Persian and English); shares must be positive and are scaled to sum to 1.
 */
public record LanguageMix(List<String> languages, double[] cumulative) {
  public static final String DEFAULT = "fa:0.6,en:0.4";

  /** Parses {@code lang:share,...}; throws IllegalArgumentException naming the bad part. */
  public static LanguageMix parse(String text) {
    List<String> languages = new ArrayList<>();
    List<Double> shares = new ArrayList<>();
    for (String part : text.split(",")) {
      String[] pieces = part.trim().split(":");
      if (pieces.length != 2) {
        throw new IllegalArgumentException("'" + part.trim() + "' is not lang:share (e.g. fa:0.6)");
      }
      String language = pieces[0].trim();
      if (!language.equals("fa") && !language.equals("en")) {
        throw new IllegalArgumentException("language '" + language + "' has no material; use fa or en");
      }
      if (languages.contains(language)) {
        throw new IllegalArgumentException("language '" + language + "' is given twice");
      }
      double share;
      try {
        share = Double.parseDouble(pieces[1].trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("share '" + pieces[1].trim() + "' of " + language + " is not a number");
      }
      if (!(share > 0 && Double.isFinite(share))) {
        throw new IllegalArgumentException("share " + share + " of " + language + " is not a positive number");
      }
      languages.add(language);
      shares.add(share);
    }
    double total = shares.stream().mapToDouble(Double::doubleValue).sum();
    double[] cumulative = new double[shares.size()];
    double running = 0;
    for (int i = 0; i < shares.size(); i++) {
      running += shares.get(i) / total;
      cumulative[i] = running;
    }
    cumulative[cumulative.length - 1] = 1.0;
    return new LanguageMix(List.copyOf(languages), cumulative);
  }

  /** The language for a uniform draw {@code u} in [0, 1). */
  public String pick(double u) {
    for (int i = 0; i < cumulative.length; i++) {
      if (u < cumulative[i]) {
        return languages.get(i);
      }
    }
    return languages.get(languages.size() - 1);
  }
}
