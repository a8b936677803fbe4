package org.paivand.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;

class CsvCorpusReaderTest {
  static final CorpusDefaults ABC = new CorpusDefaults("en", "abcnews");

  static List<CorpusRecord> read(String csv, CorpusDefaults defaults) throws IOException {
    return CorpusParquetFiles.readAll(new CsvCorpusReader(new StringReader(csv), "inline.csv", defaults));
  }

  static List<CorpusRecord> readResource(String resource, CorpusDefaults defaults) throws IOException {
    try {
      Path path = new Path(CsvCorpusReaderTest.class.getResource(resource).toURI());
      InputStream input = CorpusInputFiles.open(path, new Configuration());
      return CorpusParquetFiles.readAll(CorpusFormat.CSV.open(input, resource, defaults));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void abcHeaderMapsToPublishedAndText() throws IOException {
    CorpusRecord first = readResource("/corpus/abcnews-sample.csv", ABC).get(0);
    assertEquals("20030219", first.published());
    assertEquals("aba decides against community broadcasting licence", first.text());
    assertNull(first.title());
    assertNull(first.url());
  }

  @Test
  void defaultsFillLangAndSource() throws IOException {
    CorpusRecord first = readResource("/corpus/abcnews-sample.csv", ABC).get(0);
    assertEquals("en", first.lang());
    assertEquals("abcnews", first.source());
  }

  @Test
  void idsAreSourceAndDataRowNumber() throws IOException {
    List<CorpusRecord> records = readResource("/corpus/abcnews-sample.csv", ABC);
    assertEquals(
        List.of("abcnews-1", "abcnews-2", "abcnews-3", "abcnews-4", "abcnews-5"),
        records.stream().map(CorpusRecord::id).toList());
  }

  @Test
  void gzippedFileReadsTheSameAsPlain() throws IOException {
    List<CorpusRecord> plain = readResource("/corpus/abcnews-sample.csv", ABC);
    List<CorpusRecord> gzipped = readResource("/corpus/abcnews-sample.csv.gz", ABC);
    assertEquals(5, gzipped.size());
    assertEquals(plain, gzipped);
  }

  @Test
  void schemaHeaderIsTakenAsItIsAndUnknownColumnsIgnored() throws IOException {
    List<CorpusRecord> records = readResource("/corpus/quoted.csv", CorpusDefaults.NONE);
    assertEquals(
        new CorpusRecord(
            "q-1", "Tehran, Moscow", "He said \"yes\".\r\nSecond line", "2020-10-06", "en", "test", null),
        records.get(0));
  }

  @Test
  void emptyFieldsAreNull() throws IOException {
    CorpusRecord second = readResource("/corpus/quoted.csv", CorpusDefaults.NONE).get(1);
    assertEquals(new CorpusRecord("q-2", "plain", null, "20201006", null, null, "https://example.org/a?b=1"), second);
  }

  @Test
  void rowValuesWinOverDefaults() throws IOException {
    CorpusRecord first = read("id,lang,source\nx,fa,irna\n", ABC).get(0);
    assertEquals("fa", first.lang());
    assertEquals("irna", first.source());
    assertEquals("x", first.id());
  }

  @Test
  void generatedIdUsesTheRowSource() throws IOException {
    List<CorpusRecord> records = read("text,source\na,irna\n\nb,\n", ABC);
    assertEquals("irna-1", records.get(0).id());
    assertEquals("abcnews-2", records.get(1).id(), "blank lines are not counted; empty source takes the default");
  }

  @Test
  void noIdAndNoSourceIsAnError() {
    MalformedCorpusException error =
        assertThrows(MalformedCorpusException.class, () -> read("text\nhello\n", CorpusDefaults.NONE));
    assertTrue(error.getMessage().contains("no id column"), error.getMessage());
  }

  @Test
  void headerWithoutKnownColumnsIsAnError() {
    MalformedCorpusException error =
        assertThrows(MalformedCorpusException.class, () -> read("20030219,some headline\n", ABC));
    assertTrue(error.getMessage().startsWith("inline.csv line 1:"), error.getMessage());
    assertTrue(error.getMessage().contains("header row missing"), error.getMessage());
  }

  @Test
  void columnNamedTwiceIsAnError() {
    MalformedCorpusException error =
        assertThrows(MalformedCorpusException.class, () -> read("text,headline_text\na,b\n", ABC));
    assertTrue(error.getMessage().contains("'text' twice"), error.getMessage());
  }

  @Test
  void emptyFileIsAnError() {
    MalformedCorpusException error = assertThrows(MalformedCorpusException.class, () -> read("", ABC));
    assertTrue(error.getMessage().contains("no header"), error.getMessage());
  }

  @Test
  void wrongFieldCountIsAnErrorNamingFileAndLine() {
    MalformedCorpusException error =
        assertThrows(
            MalformedCorpusException.class, () -> readResource("/corpus/malformed-field-count.csv", ABC));
    assertEquals("/corpus/malformed-field-count.csv line 4: the row has 3 fields, the header has 2",
        error.getMessage());
  }

  @Test
  void unclosedQuoteIsAnErrorNamingFileAndLine() {
    MalformedCorpusException error =
        assertThrows(
            MalformedCorpusException.class, () -> readResource("/corpus/malformed-unclosed-quote.csv", ABC));
    assertTrue(
        error.getMessage().startsWith("/corpus/malformed-unclosed-quote.csv line 3: "), error.getMessage());
    assertTrue(error.getMessage().contains("unclosed quote"), error.getMessage());
  }

  @Test
  void invalidUtf8IsAnError() {
    byte[] bytes = {'t', 'e', 'x', 't', '\n', 'a', (byte) 0xC3, '\n'};
    MalformedCorpusException error =
        assertThrows(
            MalformedCorpusException.class,
            () -> CorpusParquetFiles.readAll(
                CorpusFormat.CSV.open(new ByteArrayInputStream(bytes), "latin.csv", ABC)));
    assertTrue(error.getMessage().startsWith("latin.csv line "), error.getMessage());
    assertTrue(error.getMessage().contains("not valid UTF-8"), error.getMessage());
  }
}
