package org.paivand.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FarsJsonReaderTest {
  static final String SAMPLE = "/corpus/fars-sample.json";
  static final char ZWNJ = '\u200C';

  static List<CorpusRecord> readResource(String resource) throws IOException {
    InputStream input = FarsJsonReaderTest.class.getResourceAsStream(resource);
    return CorpusParquetFiles.readAll(new FarsJsonReader(input, resource));
  }

  static List<CorpusRecord> readJson(String json) throws IOException {
    InputStream input = new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    return CorpusParquetFiles.readAll(new FarsJsonReader(input, "inline.json"));
  }

  @Test
  void readsEveryArticleInOrder() throws IOException {
    List<CorpusRecord> records = readResource(SAMPLE);
    assertEquals(
        List.of("8707060255", "13920114000172", "6011171294", "9001150097"),
        records.stream().map(CorpusRecord::id).toList());
  }

  @Test
  void publishedComesFromTheId() throws IOException {
    List<CorpusRecord> records = readResource(SAMPLE);
    assertEquals("1387/07/06", records.get(0).published());
    assertEquals("1392/01/14", records.get(1).published());
    assertNull(records.get(2).published());
    assertEquals("1390/01/15", records.get(3).published());
  }

  @Test
  void urlIsTheLinkWithItsSlug() throws IOException {
    CorpusRecord record = readResource(SAMPLE).get(1);
    assertTrue(record.url().startsWith("https://www.farsnews.ir/news/13920114000172/"), record.url());
    assertTrue(record.url().indexOf(ZWNJ) > 0, "the slug keeps its ZWNJ");
  }

  @Test
  void langAndSourceAreFixed() throws IOException {
    for (CorpusRecord record : readResource(SAMPLE)) {
      assertEquals("fa", record.lang());
      assertEquals("fars", record.source());
    }
  }

  @Test
  void textIsTitleAbstractAndParagraphsJoinedByNewline() throws IOException {
    List<CorpusRecord> records =
        readJson("[{\"title\": \"T\", \"abstract\": \"A\", \"paragraphs\": [\"P1\", \"P2\"], \"cat\": \"world\","
            + " \"link\": \"https://www.farsnews.ir/news/8707060255\"}]");
    assertEquals("T\nA\nP1\nP2", records.get(0).text());
    assertEquals("T", records.get(0).title());
  }

  @Test
  void emptyOrMissingPartsLeaveNoBlankLine() throws IOException {
    List<CorpusRecord> records = readJson("[{\"title\": \"T\", \"abstract\": \"\", \"paragraphs\": [\"P1\"]}]");
    assertEquals("T\nP1", records.get(0).text());
    assertNull(records.get(0).id(), "no link, no id");
    assertNull(records.get(0).published());
    assertNull(records.get(0).url());
  }

  @Test
  void persianTextIsDecodedFromEscapes() throws IOException {
    CorpusRecord record = readResource(SAMPLE).get(1);
    assertTrue(record.title().startsWith("\u062E\u0627\u062F\u0645\u0627\u0646 "), record.title());
    assertTrue(record.text().startsWith(record.title() + "\n"));
    assertEquals(1 + 1 + 2, record.text().split("\n").length);
  }

  @Test
  void emptyArrayGivesNoRecords() throws IOException {
    assertEquals(List.of(), readJson("[]"));
  }

  @Test
  void notAnArrayIsAnError() {
    MalformedCorpusException error = assertThrows(MalformedCorpusException.class, () -> readJson("{\"title\": 1}"));
    assertTrue(error.getMessage().startsWith("inline.json line 1: expected a JSON array"), error.getMessage());
  }

  @Test
  void elementThatIsNotAnObjectIsAnErrorNamingFileLineAndArticle() {
    MalformedCorpusException error =
        assertThrows(MalformedCorpusException.class, () -> readResource("/corpus/malformed-fars.json"));
    assertTrue(error.getMessage().startsWith("/corpus/malformed-fars.json line 1: article 2 is"), error.getMessage());
    assertEquals(1, error.line());
  }

  @Test
  void truncatedFileIsAnErrorNamingTheLine() {
    MalformedCorpusException error =
        assertThrows(MalformedCorpusException.class, () -> readJson("[\n{\"title\": \"T\"},\n{\"title\": "));
    assertEquals(3, error.line());
    assertTrue(error.getMessage().startsWith("inline.json line 3:"), error.getMessage());
  }

  @Test
  void unclosedArrayIsAnError() {
    MalformedCorpusException error =
        assertThrows(MalformedCorpusException.class, () -> readJson("[{\"title\": \"T\"}"));
    assertTrue(error.getMessage().startsWith("inline.json line 1: in or after article 1: "), error.getMessage());
    assertTrue(error.getMessage().contains("end-of-input"), error.getMessage());
  }

  @Test
  void emptyFileIsAnError() {
    MalformedCorpusException error = assertThrows(MalformedCorpusException.class, () -> readJson(""));
    assertTrue(error.getMessage().contains("ends before a JSON array of articles is complete"), error.getMessage());
  }
}
