package org.paivand.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The input formats {@code paivand import --format} knows, each with the reader for it. Text is decoded as strict
 * UTF-8: bytes that are not UTF-8 are an error, not replacement characters.
 *
 * <ul>
 *   <li>{@code fars-json}: {@link FarsJsonReader}; lang and source are always {@code fa} and {@code fars}.
 *   <li>{@code csv}: {@link CsvCorpusReader}.
 *   <li>{@code jsonl}: {@link JsonlCorpusReader}.
 * </ul>
 */
public enum CorpusFormat {
  FARS_JSON("fars-json", false),
  CSV("csv", true),
  JSONL("jsonl", true);

  private final String formatName;
  private final boolean takesDefaults;

  CorpusFormat(String formatName, boolean takesDefaults) {
    this.formatName = formatName;
    this.takesDefaults = takesDefaults;
  }

  /** The name used on the command line, such as {@code fars-json}. */
  public String formatName() {
    return formatName;
  }

  /** Whether {@code --lang} and {@code --source} mean anything for this format. */
  public boolean takesDefaults() {
    return takesDefaults;
  }

  /** The format with this command-line name, if any. */
  public static Optional<CorpusFormat> named(String name) {
    return Arrays.stream(values()).filter(format -> format.formatName.equals(name)).findFirst();
  }

  /** Every command-line name, for messages. */
  public static List<String> names() {
    return Arrays.stream(values()).map(CorpusFormat::formatName).collect(Collectors.toList());
  }

  /** A reader of this format over an already opened (and decompressed) input. */
  public CorpusReader open(InputStream input, String fileName, CorpusDefaults defaults) throws IOException {
    switch (this) {
      case FARS_JSON:
        return new FarsJsonReader(input, fileName);
      case CSV:
        return new CsvCorpusReader(utf8(input), fileName, defaults);
      case JSONL:
        return new JsonlCorpusReader(utf8(input), fileName, defaults);
      default:
        throw new IllegalStateException(name());
    }
  }

  private static Reader utf8(InputStream input) {
    return new BufferedReader(
        new InputStreamReader(
            input,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)));
  }
}
