package org.paivand.spark;

import org.paivand.spark.run.CooccurrenceJob;
import org.paivand.spark.job.JobConfig;
import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paivand.article.SentenceExcerpt;

/**
 * {@code mentions.sentence_text}: every mention carries the original text of its sentence (not the normalized one),
 * mentions of one sentence carry the same text, and a sentence longer than the limit is cut and marked.
 */
class MentionSentenceTextTest {
  @TempDir static Path work;
  static Map<String, String> textByMention = new TreeMap<>();
  static Path withText;
  static Path withoutText;

  static final String LONG = "Iran and Russia " + "talked at length ".repeat(30) + "today.";
  // Arabic yeh (U+064A) in ايران and روسيه: the sentence text keeps it, the matcher sees Persian yeh
  static final List<Object[]> ROWS = List.of(
      new Object[] {"en", "Armenia was quiet.\nIran and Russia signed a deal. " + LONG, "2020-10-06"},
      new Object[] {"fa", "وزیران خارجه ايران و روسيه دیدار کردند.", "1399/07/15"});

  @BeforeAll
  static void run() {
    String input = CorpusFixtures.write(work.resolve("in"), DataTypes.StringType, ROWS);
    withText = work.resolve("out");
    CooccurrenceJob.run(SharedSpark.session(), JobConfig.of(List.of(input), withText.toString()).toBuilder()
        .mentionsText(true).build());
    withoutText = work.resolve("out-default");
    CooccurrenceJob.run(SharedSpark.session(), JobConfig.of(List.of(input), withoutText.toString()));
    for (Row row : SharedSpark.session().read().parquet(withText.resolve("mentions").toString())
        .select(col("id"), col("entity"), col("sentence"), col("sentence_text")).collectAsList()) {
      textByMention.put(row.getString(0) + "/" + row.getString(1) + "/" + row.getInt(2), row.getString(3));
    }
  }

  @Test
  void eachMentionHasItsSentenceAsWritten() {
    assertEquals("Armenia was quiet.", textByMention.get("en/AM/0"));
    assertEquals("Iran and Russia signed a deal.", textByMention.get("en/IR/1"));
    assertEquals("Iran and Russia signed a deal.", textByMention.get("en/RU/1"));
    assertEquals("وزیران خارجه ايران و روسيه دیدار کردند.", textByMention.get("fa/IR/0"));
    assertEquals("وزیران خارجه ايران و روسيه دیدار کردند.", textByMention.get("fa/RU/0"));
    // the foreign ministers of Iran and Russia on 1399/07/15 are role mentions of Zarif and Lavrov, in the same sentence
    assertEquals("وزیران خارجه ايران و روسيه دیدار کردند.", textByMention.get("fa/zarif/0"));
    assertEquals("وزیران خارجه ايران و روسيه دیدار کردند.", textByMention.get("fa/lavrov/0"));
  }

  @Test
  void aLongSentenceIsCutAndMarked() {
    String cut = textByMention.get("en/IR/2");
    assertEquals(LONG.substring(0, SentenceExcerpt.LIMIT) + SentenceExcerpt.CUT_MARK, cut);
    assertEquals(cut, textByMention.get("en/RU/2"));
  }

  @Test
  void everyMentionHasAText() {
    assertEquals(9, textByMention.size(), textByMention.toString());
    assertTrue(textByMention.values().stream().allMatch(text -> text != null && !text.isEmpty()));
  }

  @Test
  void byDefaultMentionsHaveNoTextAndTheSameRows() {
    var plain = SharedSpark.session().read().parquet(withoutText.resolve("mentions").toString());
    assertTrue(!List.of(plain.columns()).contains("sentence_text"), List.of(plain.columns()).toString());
    var texts = SharedSpark.session().read().parquet(withText.resolve("mentions").toString()).drop("sentence_text");
    assertEquals(9, plain.count());
    assertEquals(0, plain.exceptAll(texts.select(plain.columns()[0], java.util.Arrays.copyOfRange(plain.columns(), 1,
        plain.columns().length))).count());
  }
}
