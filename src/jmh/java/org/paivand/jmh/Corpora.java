package org.paivand.jmh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.paivand.corpus.CorpusParquetFiles;
import org.paivand.corpus.CorpusRecord;

/**
 * The texts the micro-benchmarks read, from the demo corpus in the repository: {@link #FARS}, 319 Fars News articles
 * (Persian, about half in Arabic letters, 2,000 chars on average); {@link #ABCNEWS}, 2,186 ABC headlines (English,
 * lower case, about 40 chars each), each one document, as the job sees them.
 */
final class Corpora {
  static final String FARS = "fars";
  static final String ABCNEWS = "abcnews";

  private Corpora() {}

  static String[] documents(String corpus) throws IOException {
    Path file = Path.of(System.getProperty("paivand.repo", "."), "samples", "demo-corpus", corpus,
        "part-00000.parquet");
    List<String> texts = new ArrayList<>();
    for (CorpusRecord record : CorpusParquetFiles.readAll(new org.apache.hadoop.fs.Path(file.toUri()))) {
      if (record.text() != null) {
        texts.add(record.text());
      }
    }
    return texts.toArray(String[]::new);
  }

  static long characters(String[] documents) {
    long total = 0;
    for (String document : documents) {
      total += document.length();
    }
    return total;
  }

  static long utf8Bytes(String[] documents) {
    long total = 0;
    for (String document : documents) {
      total += document.getBytes(StandardCharsets.UTF_8).length;
    }
    return total;
  }
}
