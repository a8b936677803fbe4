package org.paivand.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One ARMAN-NER sentence: tokens with their IOB tags ({@code B-loc}, {@code I-org}, {@code O}, ...), and where it came
 * from ({@code test_fold2.txt:17}). The text paivand reads is the tokens joined by single spaces, as the corpus gives
 * no original spacing; token {@code i} spans {@code [tokenStart(i), tokenEnd(i))} of it.
 */
record ArmanSentence(String label, List<String> tokens, List<String> tags) {

  String text() {
    return String.join(" ", tokens);
  }

  int tokenStart(int token) {
    int start = 0;
    for (int i = 0; i < token; i++) {
      start += tokens.get(i).length() + 1;
    }
    return start;
  }

  int tokenEnd(int token) {
    return tokenStart(token) + tokens.get(token).length();
  }

  /** The entity class of a token ({@code loc}, {@code org}, ...), or {@code O}. */
  String classOf(int token) {
    String tag = tags.get(token);
    return tag.equals("O") ? "O" : tag.substring(2);
  }

  /** The token where the entity span holding {@code token} ends (exclusive); for an {@code O} token, token + 1. */
  int spanEnd(int token) {
    int end = token + 1;
    while (end < tags.size() && tags.get(end).startsWith("I-") && classOf(end).equals(classOf(token))) {
      end++;
    }
    return end;
  }

  /**
   * Reads the sample format of {@code jobs/eval/sample-arman.py}: a line {@code # label}, then one {@code token TAG}
   * line per token, then an empty line.
   */
  static List<ArmanSentence> read(InputStream in) {
    List<ArmanSentence> sentences = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String label = null;
      List<String> tokens = new ArrayList<>();
      List<String> tags = new ArrayList<>();
      String line;
      int number = 0;
      while ((line = lines.readLine()) != null) {
        number++;
        if (line.startsWith("# ")) {
          label = line.substring(2);
        } else if (line.isEmpty()) {
          if (!tokens.isEmpty()) {
            sentences.add(new ArmanSentence(label, List.copyOf(tokens), List.copyOf(tags)));
            tokens.clear();
            tags.clear();
          }
        } else {
          int space = line.lastIndexOf(' ');
          String tag = space < 0 ? "" : line.substring(space + 1);
          if (space <= 0 || !(tag.equals("O") || tag.matches("[BI]-(pers|org|loc|fac|pro|event)"))) {
            throw new IllegalArgumentException("ARMAN sample line " + number + " is not \"token TAG\": " + line);
          }
          tokens.add(line.substring(0, space));
          tags.add(tag);
        }
      }
      if (!tokens.isEmpty()) {
        sentences.add(new ArmanSentence(label, List.copyOf(tokens), List.copyOf(tags)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sentences;
  }
}
