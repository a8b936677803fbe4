package org.paivand.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads JSON Lines: one JSON object per line, with any of the fields of {@link CorpusSchema#COLUMNS}.
 *
 * <ul>
 *   <li>Strings are taken as they are; numbers and booleans become their JSON text as written ({@code 8707060255}
 *       gives {@code "8707060255"}); {@code null} and missing fields are {@code null}.
 *   <li>Unknown fields are ignored, whatever their value. A schema field holding an object or array is an error.
 *   <li>Blank lines are skipped. A line that is not one JSON object is an error naming the file and line.
 *   <li>{@code lang} and {@code source} come from {@link CorpusDefaults} where the line has none.
 * </ul>
 */
public final class JsonlCorpusReader implements CorpusReader {
  private static final JsonFactory JSON = new JsonFactory();

  private final BufferedReader reader;
  private final String fileName;
  private final CorpusDefaults defaults;
  private long lineNumber;

  public JsonlCorpusReader(Reader reader, String fileName, CorpusDefaults defaults) {
    this.reader = reader instanceof BufferedReader ? (BufferedReader) reader : new BufferedReader(reader);
    this.fileName = fileName;
    this.defaults = defaults;
  }

  @Override
  public CorpusRecord next() throws IOException {
    String line;
    while ((line = readLine()) != null) {
      lineNumber++;
      if (!line.isBlank()) {
        return parse(line).withDefaults(defaults);
      }
    }
    return null;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }

  private CorpusRecord parse(String line) throws IOException {
    Map<String, String> values = new HashMap<>();
    try (JsonParser parser = JSON.createParser(line)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw malformed("the line is not a JSON object");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        boolean known = CorpusSchema.COLUMNS.contains(name);
        if (value.isStructStart()) {
          if (known) {
            throw malformed("field '" + name + "' is a JSON " + (value == JsonToken.START_OBJECT ? "object" : "array")
                + ", not a string");
          }
          parser.skipChildren();
        } else if (known) {
          values.put(name, value == JsonToken.VALUE_NULL ? null : parser.getText());
        }
      }
      if (parser.nextToken() != null) {
        throw malformed("there is more than one JSON value on the line");
      }
    } catch (JsonProcessingException e) {
      throw new MalformedCorpusException(fileName, lineNumber, "not valid JSON: " + e.getOriginalMessage(), e);
    }
    return CorpusRecord.fromColumns(values);
  }

  private String readLine() throws IOException {
    try {
      return reader.readLine();
    } catch (CharacterCodingException e) {
      throw new MalformedCorpusException(
          fileName, lineNumber + 1, "the file is not valid UTF-8 (the bad bytes are on this line or after it)", e);
    }
  }

  private MalformedCorpusException malformed(String problem) {
    return new MalformedCorpusException(fileName, lineNumber, problem);
  }
}
