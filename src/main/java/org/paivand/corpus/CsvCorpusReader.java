package org.paivand.corpus;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a CSV corpus (RFC 4180, see {@link CsvTokenizer}) whose first row is a header naming the columns.
 *
 * <ul>
 *   <li>Header names {@code id, title, text, published, lang, source, url} are taken as they are. The ABC headlines
 *       header {@code publish_date,headline_text} maps to {@code published} and {@code text}. Other columns are
 *       ignored; a header that names none of these is an error (a file without a header, most likely).
 *   <li>Every row must have as many fields as the header; a row that has not is an error naming the line.
 *   <li>An empty field is {@code null}: CSV cannot tell an empty string from a missing value.
 *   <li>{@code lang} and {@code source} come from {@link CorpusDefaults} (the {@code --lang} and {@code --source}
 *       options) where the row has none.
 *   <li>Without an id column, the id is {@code <source>-<n>}, where n is the 1-based number of the data row (the
 *       header and blank lines not counted): the same file always gives the same ids. For the ABC file, n is the
 *       data line number.
 * </ul>
 */
public final class CsvCorpusReader implements CorpusReader {
  static final Map<String, String> HEADER_ALIASES =
      Map.of("publish_date", CorpusSchema.PUBLISHED, "headline_text", CorpusSchema.TEXT);
  static final String GENERATED_ID_SEPARATOR = "-";

  private final Reader reader;
  private final CsvTokenizer tokenizer;
  private final String fileName;
  private final CorpusDefaults defaults;
  private final String[] columnOfField;
  private final boolean generatesIds;
  private long dataRowNumber;

  public CsvCorpusReader(Reader reader, String fileName, CorpusDefaults defaults) throws IOException {
    this.reader = reader;
    this.tokenizer = new CsvTokenizer(reader, fileName);
    this.fileName = fileName;
    this.defaults = defaults;
    List<String> header = tokenizer.next();
    if (header == null) {
      throw new MalformedCorpusException(fileName, 1, "the file is empty: no header row");
    }
    this.columnOfField = columnsOf(header);
    this.generatesIds = !Arrays.asList(columnOfField).contains(CorpusSchema.ID);
    if (generatesIds && !Arrays.asList(columnOfField).contains(CorpusSchema.SOURCE) && defaults.source() == null) {
      throw new MalformedCorpusException(
          fileName, tokenizer.rowStartLine(), "there is no id column, and no source (column or --source) to make"
              + " ids <source>-<row number> from");
    }
  }

  @Override
  public CorpusRecord next() throws IOException {
    List<String> fields = tokenizer.next();
    if (fields == null) {
      return null;
    }
    long line = tokenizer.rowStartLine();
    if (fields.size() != columnOfField.length) {
      throw new MalformedCorpusException(
          fileName, line, "the row has " + fields.size() + " fields, the header has " + columnOfField.length);
    }
    dataRowNumber++;
    Map<String, String> values = new HashMap<>();
    for (int field = 0; field < fields.size(); field++) {
      String column = columnOfField[field];
      if (column != null && !fields.get(field).isEmpty()) {
        values.put(column, fields.get(field));
      }
    }
    CorpusRecord record = CorpusRecord.fromColumns(values).withDefaults(defaults);
    if (!generatesIds) {
      return record;
    }
    if (record.source() == null) {
      throw new MalformedCorpusException(
          fileName, line, "the row has no source to make its id from (empty source field and no --source)");
    }
    return record.withId(record.source() + GENERATED_ID_SEPARATOR + dataRowNumber);
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }

  private String[] columnsOf(List<String> header) throws MalformedCorpusException {
    String[] columns = new String[header.size()];
    boolean anyKnown = false;
    for (int field = 0; field < header.size(); field++) {
      String name = header.get(field).strip();
      String column = CorpusSchema.COLUMNS.contains(name) ? name : HEADER_ALIASES.get(name);
      if (column != null && Arrays.asList(columns).contains(column)) {
        throw new MalformedCorpusException(
            fileName, tokenizer.rowStartLine(), "the header names column '" + column + "' twice");
      }
      columns[field] = column;
      anyKnown |= column != null;
    }
    if (!anyKnown) {
      throw new MalformedCorpusException(
          fileName, tokenizer.rowStartLine(), "the header " + header + " names none of the columns "
              + CorpusSchema.COLUMNS + " (or publish_date, headline_text); is the header row missing?");
    }
    return columns;
  }
}
