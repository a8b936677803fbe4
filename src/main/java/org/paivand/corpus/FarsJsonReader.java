package org.paivand.corpus;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Fars News file: one JSON array of article objects ({@code title}, {@code abstract}, {@code paragraphs},
 * {@code link}; {@code cat}, {@code subcat}, {@code tags} are ignored). The array is streamed, one article at a time.
 *
 * <ul>
 *   <li>{@code id}: the numeric id in {@code link}, see {@link FarsArticleIds#idOf}.
 *   <li>{@code published}: the Jalali date the id starts with, or {@code null}, see {@link FarsArticleIds#publishedOf}.
 *   <li>{@code title}: {@code title}. {@code url}: {@code link}. {@code lang}: {@code fa}. {@code source}:
 *       {@code fars}.
 *   <li>{@code text}: title, abstract and each paragraph, joined by {@code "\n"}; missing or empty parts are left
 *       out, so there are no blank lines.
 * </ul>
 *
 * Anything but an array of objects is a {@link MalformedCorpusException} naming the line and the article number.
 */
public final class FarsJsonReader implements CorpusReader {
  static final String LANG = "fa";
  static final String SOURCE = "fars";
  static final String PART_SEPARATOR = "\n";

  static final String TITLE_FIELD = "title";
  static final String ABSTRACT_FIELD = "abstract";
  static final String PARAGRAPHS_FIELD = "paragraphs";
  static final String LINK_FIELD = "link";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final JsonParser parser;
  private final String fileName;
  private long articleNumber;
  private boolean ended;

  public FarsJsonReader(InputStream input, String fileName) throws IOException {
    this.fileName = fileName;
    this.parser = MAPPER.getFactory().createParser(input);
    JsonToken first = nextToken();
    if (first != JsonToken.START_ARRAY) {
      parser.close();
      throw malformed("expected a JSON array of articles, found " + describe(first));
    }
  }

  @Override
  public CorpusRecord next() throws IOException {
    if (ended) {
      return null;
    }
    JsonToken token = nextToken();
    if (token == JsonToken.END_ARRAY) {
      ended = true;
      return null;
    }
    articleNumber++;
    if (token != JsonToken.START_OBJECT) {
      throw malformed("article " + articleNumber + " is " + describe(token) + ", not a JSON object");
    }
    JsonNode article;
    try {
      article = MAPPER.readTree(parser);
    } catch (JsonProcessingException e) {
      throw malformed(e);
    }
    return toRecord(article);
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }

  static CorpusRecord toRecord(JsonNode article) {
    String title = textOf(article.get(TITLE_FIELD));
    String link = textOf(article.get(LINK_FIELD));
    String id = FarsArticleIds.idOf(link);
    List<String> parts = new ArrayList<>();
    parts.add(title);
    parts.add(textOf(article.get(ABSTRACT_FIELD)));
    JsonNode paragraphs = article.get(PARAGRAPHS_FIELD);
    if (paragraphs != null && paragraphs.isArray()) {
      paragraphs.forEach(paragraph -> parts.add(textOf(paragraph)));
    }
    return new CorpusRecord(id, title, join(parts), FarsArticleIds.publishedOf(id), LANG, SOURCE, link);
  }

  private static String textOf(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  private static String join(List<String> parts) {
    StringBuilder text = new StringBuilder();
    for (String part : parts) {
      if (part != null && !part.isEmpty()) {
        if (text.length() > 0) {
          text.append(PART_SEPARATOR);
        }
        text.append(part);
      }
    }
    return text.length() == 0 ? null : text.toString();
  }

  private JsonToken nextToken() throws IOException {
    try {
      JsonToken token = parser.nextToken();
      if (token == null) {
        throw malformed("the file ends before a JSON array of articles is complete");
      }
      return token;
    } catch (JsonProcessingException e) {
      throw malformed(e);
    }
  }

  private static String describe(JsonToken token) {
    return token.isScalarValue() ? "a JSON value (" + token + ")" : "a JSON " + token;
  }

  private MalformedCorpusException malformed(String problem) {
    return new MalformedCorpusException(
        fileName, parser.currentLocation().getLineNr(), problem + " (column " + parser.currentLocation().getColumnNr()
            + ")");
  }

  private MalformedCorpusException malformed(JsonProcessingException error) {
    String where = articleNumber == 0 ? "" : "in or after article " + articleNumber + ": ";
    long line = error.getLocation() == null ? parser.currentLocation().getLineNr() : error.getLocation().getLineNr();
    return new MalformedCorpusException(fileName, line, where + error.getOriginalMessage(), error);
  }
}
