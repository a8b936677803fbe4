package org.paivand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paivand.corpus.CorpusParquetFiles;
import org.paivand.corpus.CorpusRecord;
import picocli.CommandLine;

class ImportCommandTest {
  @TempDir File directory;
  private final StringWriter err = new StringWriter();

  static String resource(String name) {
    try {
      return new File(ImportCommandTest.class.getResource("/corpus/" + name).toURI()).getPath();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private int run(String... args) {
    CommandLine commandLine = PaivandCli.newCommandLine();
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  private String output() {
    return new File(directory, "corpus").getPath();
  }

  private List<CorpusRecord> written() throws IOException {
    return CorpusParquetFiles.readAll(new Path(new File(output(), "part-00000.parquet").toURI()));
  }

  @Test
  void importsFarsJson() throws IOException {
    int exitCode =
        run("import", "--format", "fars-json", "--input", resource("fars-sample.json"), "--output", output());
    assertEquals(0, exitCode, err.toString());
    List<CorpusRecord> records = written();
    assertEquals(4, records.size());
    assertEquals("8707060255", records.get(0).id());
    assertEquals("1387/07/06", records.get(0).published());
    assertEquals(null, records.get(2).published());
    assertTrue(err.toString().contains("wrote 4 records (1 without a publication date)"), err.toString());
  }

  @Test
  void importsGzippedAbcCsvWithLangAndSource() throws IOException {
    int exitCode =
        run("import", "--format", "csv", "--input", resource("abcnews-sample.csv.gz"), "--output", output(),
            "--lang", "en", "--source", "abcnews", "--quiet");
    assertEquals(0, exitCode, err.toString());
    List<CorpusRecord> records = written();
    assertEquals(5, records.size());
    assertEquals(
        new CorpusRecord("abcnews-4", null, "accident sparks appeal for farm safety", "20030320", "en", "abcnews",
            null),
        records.get(3));
    assertEquals("", err.toString(), "--quiet prints nothing");
  }

  @Test
  void severalInputsGoIntoOneFileInOrder() throws IOException {
    int exitCode =
        run("import", "--format", "jsonl", "--input", resource("articles.jsonl"), resource("articles.jsonl"),
            "--output", output(), "--verbose");
    assertEquals(0, exitCode, err.toString());
    assertEquals(4, written().size());
    assertTrue(err.toString().contains("read 2 records from"), err.toString());
  }

  @Test
  void missingInputIsExitTwoWithMessage() {
    String missing = new File(directory, "no-such-file.csv").getPath();
    int exitCode = run("import", "--format", "csv", "--input", missing, "--output", output());
    assertEquals(2, exitCode);
    assertTrue(err.toString().contains("input file not found: " + missing), err.toString());
    assertFalse(new File(output()).exists(), "nothing is written");
  }

  @Test
  void unknownFormatIsExitTwoWithMessage() {
    int exitCode = run("import", "--format", "xml", "--input", resource("articles.jsonl"), "--output", output());
    assertEquals(2, exitCode);
    assertTrue(err.toString().contains("unknown input format 'xml'"), err.toString());
    assertTrue(err.toString().contains("fars-json, csv, jsonl"), err.toString());
  }

  @Test
  void malformedRowIsExitTwoNamingFileAndLine() {
    String input = resource("malformed-field-count.csv");
    int exitCode =
        run("import", "--format", "csv", "--input", input, "--output", output(), "--source", "abcnews");
    assertEquals(2, exitCode);
    assertTrue(err.toString().contains(input + " line 4: the row has 3 fields"), err.toString());
    assertFalse(new File(output(), "part-00000.parquet").exists());
  }

  @Test
  void langAndSourceAreRefusedForFarsJson() {
    int exitCode =
        run("import", "--format", "fars-json", "--input", resource("fars-sample.json"), "--output", output(),
            "--source", "irna");
    assertEquals(2, exitCode);
    assertTrue(err.toString().contains("do not apply to --format fars-json"), err.toString());
  }

  @Test
  void outputThatIsAFileIsExitTwo() throws IOException {
    File file = new File(directory, "a-file");
    assertTrue(file.createNewFile());
    int exitCode = run("import", "--format", "jsonl", "--input", resource("articles.jsonl"), "--output",
        file.getPath());
    assertEquals(2, exitCode);
    assertTrue(err.toString().contains("is a file"), err.toString());
  }

  @Test
  void rerunReplacesTheEarlierFile() throws IOException {
    assertEquals(0, run("import", "--format", "jsonl", "--input", resource("articles.jsonl"), "--output", output()));
    assertEquals(0, run("import", "--format", "csv", "--input", resource("abcnews-sample.csv"), "--output", output(),
        "--source", "abcnews"));
    assertEquals(5, written().size());
    assertEquals(List.of("part-00000.parquet"), List.of(new File(output()).list()));
  }
}
