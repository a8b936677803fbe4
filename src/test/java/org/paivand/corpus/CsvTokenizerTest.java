package org.paivand.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTokenizerTest {

  private static List<List<String>> rows(String csv) throws IOException {
    CsvTokenizer tokenizer = new CsvTokenizer(new StringReader(csv), "inline.csv");
    List<List<String>> rows = new ArrayList<>();
    for (List<String> row = tokenizer.next(); row != null; row = tokenizer.next()) {
      rows.add(row);
    }
    return rows;
  }

  private static void check(String csv, List<List<String>> expected) throws IOException {
    assertEquals(expected, rows(csv), csv);
  }

  @Test
  void emptyInput() throws IOException {
    check("", List.of());
  }

  @Test
  void plainFieldsAndRows() throws IOException {
    check("a,b\nc,d\n", List.of(List.of("a", "b"), List.of("c", "d")));
  }

  @Test
  void lastRowWithoutLineEnd() throws IOException {
    check("a,b\nc,d", List.of(List.of("a", "b"), List.of("c", "d")));
  }

  @Test
  void crlfLineEnds() throws IOException {
    check("a,b\r\nc,d\r\n", List.of(List.of("a", "b"), List.of("c", "d")));
  }

  @Test
  void loneCarriageReturnIsOrdinary() throws IOException {
    check("a\rb,c\n", List.of(List.of("a\rb", "c")));
  }

  @Test
  void quotedFieldHoldsSeparator() throws IOException {
    check("\"a,b\",c\n", List.of(List.of("a,b", "c")));
  }

  @Test
  void doubledQuoteIsOneQuote() throws IOException {
    check("\"say \"\"hi\"\"\",x\n", List.of(List.of("say \"hi\"", "x")));
  }

  @Test
  void quotedFieldHoldsLineBreaks() throws IOException {
    check("\"line 1\nline 2\r\nline 3\",x\n", List.of(List.of("line 1\nline 2\r\nline 3", "x")));
  }

  @Test
  void emptyFields() throws IOException {
    check(",\"\",\n", List.of(List.of("", "", "")));
  }

  @Test
  void quoteInsideUnquotedFieldIsOrdinary() throws IOException {
    check("5\" screen,x\n", List.of(List.of("5\" screen", "x")));
  }

  @Test
  void blankLinesAreSkipped() throws IOException {
    check("a\n\n\r\nb\n\n", List.of(List.of("a"), List.of("b")));
  }

  @Test
  void byteOrderMarkIsDropped() throws IOException {
    check("\uFEFFid,text\n", List.of(List.of("id", "text")));
  }

  @Test
  void persianTextWithZwnjPassesThrough() throws IOException {
    check("\u0645\u06CC\u200C\u0634\u0648\u062F,x\n", List.of(List.of("\u0645\u06CC\u200C\u0634\u0648\u062F", "x")));
  }

  @Test
  void rowStartLineCountsLinesInsideQuotes() throws IOException {
    CsvTokenizer tokenizer = new CsvTokenizer(new StringReader("h\n\"a\nb\"\n\nc\n"), "inline.csv");
    tokenizer.next();
    assertEquals(1, tokenizer.rowStartLine());
    tokenizer.next();
    assertEquals(2, tokenizer.rowStartLine());
    tokenizer.next();
    assertEquals(5, tokenizer.rowStartLine());
  }

  @Test
  void unclosedQuoteIsAnErrorNamingTheLineWhereItOpened() {
    MalformedCorpusException error =
        assertThrows(MalformedCorpusException.class, () -> rows("a\n\"b\nc\nd\n"));
    assertEquals(2, error.line());
    assertTrue(error.getMessage().startsWith("inline.csv line 2: "), error.getMessage());
    assertTrue(error.getMessage().contains("unclosed quote"), error.getMessage());
  }

  @Test
  void characterAfterClosingQuoteIsAnError() {
    MalformedCorpusException error =
        assertThrows(MalformedCorpusException.class, () -> rows("a\n\"b\"c,d\n"));
    assertEquals(2, error.line());
    assertTrue(error.getMessage().contains("after a closing quote"), error.getMessage());
  }
}
