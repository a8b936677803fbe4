package org.paivand.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonlCorpusReaderTest {
  static final CorpusDefaults DEFAULTS = new CorpusDefaults("en", "abcnews");

  static List<CorpusRecord> read(String jsonl) throws IOException {
    return CorpusParquetFiles.readAll(new JsonlCorpusReader(new StringReader(jsonl), "inline.jsonl", DEFAULTS));
  }

  static List<CorpusRecord> readResource(String resource) throws IOException {
    InputStream input = JsonlCorpusReaderTest.class.getResourceAsStream(resource);
    return CorpusParquetFiles.readAll(CorpusFormat.JSONL.open(input, resource, DEFAULTS));
  }

  @Test
  void readsEveryLineWithAllFields() throws IOException {
    List<CorpusRecord> records = readResource("/corpus/articles.jsonl");
    assertEquals(2, records.size());
    assertEquals(
        new CorpusRecord(
            "8707060255",
            "\u062E\u0627\u062F\u0645\u0627\u0646 \u0646\u0648\u0631\u0648\u0632\u06CC",
            "\u062E\u0627\u062F\u0645\u0627\u0646 \u0646\u0648\u0631\u0648\u0632\u06CC\n"
                + "\u0627\u06CC\u0646 \u0637\u0631\u062D \u0627\u062C\u0631\u0627 "
                + "\u0645\u06CC\u200C\u0634\u0648\u062F.",
            "1387/07/06",
            "fa",
            "fars",
            "https://www.farsnews.ir/news/8707060255"),
        records.get(0));
  }

  @Test
  void numbersBecomeTheirJsonText() throws IOException {
    CorpusRecord record = read("{\"id\": 8707060255, \"published\": 20030317, \"title\": 1.50, \"url\": true}").get(0);
    assertEquals("8707060255", record.id());
    assertEquals("20030317", record.published());
    assertEquals("1.50", record.title());
    assertEquals("true", record.url());
  }

  @Test
  void unknownFieldsAreIgnoredAndNullIsNull() throws IOException {
    CorpusRecord record = readResource("/corpus/articles.jsonl").get(1);
    assertEquals(
        new CorpusRecord("abc-1", null, "iran and russia sign deal", "20030317", "en", "abcnews", null), record);
  }

  @Test
  void defaultsFillOnlyMissingValues() throws IOException {
    CorpusRecord record = read("{\"lang\": \"fa\"}").get(0);
    assertEquals("fa", record.lang());
    assertEquals("abcnews", record.source());
  }

  @Test
  void blankLinesAreSkipped() throws IOException {
    assertEquals(2, read("\n{\"id\": \"a\"}\n   \n{\"id\": \"b\"}\n\n").size());
  }

  @Test
  void emptyInput() throws IOException {
    assertEquals(List.of(), read(""));
  }

  @Test
  void malformedLineIsAnErrorNamingFileAndLine() {
    MalformedCorpusException error =
        assertThrows(MalformedCorpusException.class, () -> readResource("/corpus/malformed.jsonl"));
    assertEquals(3, error.line());
    assertTrue(error.getMessage().startsWith("/corpus/malformed.jsonl line 3: not valid JSON"), error.getMessage());
  }

  @Test
  void lineThatIsNotAnObjectIsAnError() {
    MalformedCorpusException error = assertThrows(MalformedCorpusException.class, () -> read("[1, 2]\n"));
    assertEquals("inline.jsonl line 1: the line is not a JSON object", error.getMessage());
  }

  @Test
  void twoObjectsOnOneLineIsAnError() {
    MalformedCorpusException error = assertThrows(MalformedCorpusException.class, () -> read("{} {}\n"));
    assertTrue(error.getMessage().contains("more than one JSON value"), error.getMessage());
  }

  @Test
  void schemaFieldHoldingAnObjectIsAnError() {
    MalformedCorpusException error =
        assertThrows(MalformedCorpusException.class, () -> read("{\"id\": \"a\"}\n{\"text\": {\"a\": 1}}\n"));
    assertEquals("inline.jsonl line 2: field 'text' is a JSON object, not a string", error.getMessage());
  }

  @Test
  void recordWithoutAnyFieldIsAllNullButDefaults() throws IOException {
    CorpusRecord record = read("{}").get(0);
    assertNull(record.id());
    assertNull(record.text());
    assertEquals("en", record.lang());
  }
}
