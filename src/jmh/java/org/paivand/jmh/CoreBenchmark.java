package org.paivand.jmh;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.paivand.article.ArticleAnalyzer;
import org.paivand.gazetteer.EntityMatcher;
import org.paivand.gazetteer.Gazetteer;
import org.paivand.gazetteer.MentionBuffer;
import org.paivand.text.NormalizedText;
import org.paivand.text.SentenceSpans;
import org.paivand.text.SentenceSplitter;
import org.paivand.text.TextNormalizer;

/**
 * The per-article core, one thread, one document at a time with reused buffers, as an executor runs it: the
 * normalizer, the sentence splitter (on normalized text), the matcher with the full standard gazetteer (on normalized
 * text), and {@link ArticleAnalyzer} doing all of it plus per-sentence entity sets and offsets mapped back. One
 * operation is one pass over a corpus ({@link Corpora}); {@link RunCoreBenchmarks} turns operations per second into
 * characters per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-XX:+UseParallelGC"})
public class CoreBenchmark {
  @Param({Corpora.FARS, Corpora.ABCNEWS})
  public String corpus;

  private String[] documents;
  private NormalizedText[] normalized;
  private final TextNormalizer normalizer = TextNormalizer.standard();
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final NormalizedText scratch = new NormalizedText();
  private final SentenceSpans sentences = new SentenceSpans();
  private final MentionBuffer mentions = new MentionBuffer();
  private EntityMatcher matcher;
  private ArticleAnalyzer analyzer;

  @Setup
  public void load() throws IOException {
    documents = Corpora.documents(corpus);
    normalized = new NormalizedText[documents.length];
    for (int i = 0; i < documents.length; i++) {
      normalized[i] = new NormalizedText();
      normalizer.normalize(documents[i], normalized[i]);
    }
    Gazetteer gazetteer = Gazetteer.standard();
    matcher = gazetteer.newMatcher();
    analyzer = new ArticleAnalyzer(gazetteer);
  }

  @Benchmark
  public int normalize() {
    int total = 0;
    for (String document : documents) {
      normalizer.normalize(document, scratch);
      total += scratch.length();
    }
    return total;
  }

  @Benchmark
  public int split() {
    int total = 0;
    for (NormalizedText text : normalized) {
      splitter.split(text, sentences);
      total += sentences.count();
    }
    return total;
  }

  @Benchmark
  public int match() {
    int total = 0;
    for (int i = 0; i < documents.length; i++) {
      matcher.match(documents[i], normalized[i], mentions);
      total += mentions.count();
    }
    return total;
  }

  @Benchmark
  public int analyze() {
    int total = 0;
    for (String document : documents) {
      analyzer.analyze(document);
      total += analyzer.mentionCount() + analyzer.sentenceCount();
    }
    return total;
  }

  /** A day inside every office term's range of the corpora, so that role phrases resolve (Fars 2003-2021). */
  private static final int PUBLICATION_DAY = (int) java.time.LocalDate.of(2015, 6, 1).toEpochDay();

  /** {@link #analyze} with a publication day: role phrases resolved, as the job does by default. */
  @Benchmark
  public int analyzeWithRoles() {
    int total = 0;
    for (String document : documents) {
      analyzer.analyze(document, PUBLICATION_DAY);
      total += analyzer.mentionCount() + analyzer.sentenceCount();
    }
    return total;
  }
}
