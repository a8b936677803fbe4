package org.paivand.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.paivand.article.ArticleAnalyzer;
import org.paivand.dates.DateParse;
import org.paivand.dates.PublicationDateParser;
import org.paivand.gazetteer.Gazetteer;

/**
 * The ground truth is only worth something if paivand's core finds exactly what the generator planted: for thousands
 * of composed articles, sentence by sentence, the entity ids of the mentions (in text order) equal the planted ones,
 * and every publication date value parses back to the planted day.
 */
class PlantedMentionsTest {
  private static final Gazetteer GAZETTEER = Gazetteer.standard();

  @Test
  void everySentenceHoldsExactlyThePlantedMentions() {
    ArticleComposer composer = new ArticleComposer();
    ArticleAnalyzer analyzer = new ArticleAnalyzer(GAZETTEER);
    SplittableRandom random = new SplittableRandom(7);
    int mentions = 0;
    for (int i = 0; i < 3_000; i++) {
      String language = i % 3 == 0 ? "en" : "fa";
      GeneratedArticle article = composer.compose("a" + i, language, LocalDate.of(2020, 10, 6), random);
      String text = article.text();
      analyzer.analyze(text);
      List<List<String>> found = new ArrayList<>();
      int sentence = -1;
      for (int m = 0; m < analyzer.mentionCount(); m++) {
        if (analyzer.mentionSentence(m) != sentence) {
          sentence = analyzer.mentionSentence(m);
          found.add(new ArrayList<>());
        }
        found.get(found.size() - 1).add(GAZETTEER.id(analyzer.mentionEntity(m)));
        mentions++;
      }
      assertEquals(article.sentenceMentions(), found, () -> "article " + text);
    }
    assertTrue(mentions > 3_000 * 3, "articles hold several mentions each: " + mentions);
  }

  @Test
  void everyPlantedEntityIsInTheStandardGazetteer() {
    for (String language : List.of("fa", "en")) {
      for (String entity : new ArticleComposer().vocabulary(language).plantableEntities()) {
        assertTrue(GAZETTEER.indexOf(entity) >= 0, entity);
      }
    }
  }

  @Test
  void publishedValuesParseBackToTheirDayInEveryForm() {
    PublishedFormats formats = new PublishedFormats();
    PublicationDateParser parser = new PublicationDateParser(ZoneId.of("UTC"));
    SplittableRandom random = new SplittableRandom(3);
    Set<String> shapes = new HashSet<>();
    for (LocalDate day = LocalDate.of(2019, 12, 25); day.isBefore(LocalDate.of(2021, 4, 2)); day = day.plusDays(1)) {
      for (String language : List.of("fa", "en")) {
        for (int k = 0; k < 6; k++) {
          String value = formats.format(day, language, random);
          DateParse parse = parser.parse(value);
          assertEquals(day, parse.date(), value);
          shapes.add(language + value.replaceAll("[0-9\u06F0-\u06F9]", "9").replaceAll("\\p{L}+", "a"));
        }
      }
    }
    assertTrue(shapes.size() >= 12, "many forms: " + shapes);
  }

  @Test
  void jalaliDatesAreIcusOnKnownDays() {
    PublishedFormats formats = new PublishedFormats();
    assertEquals(List.of(1399, 7, 15), toList(formats.jalali(LocalDate.of(2020, 10, 6))));
    assertEquals(List.of(1399, 1, 1), toList(formats.jalali(LocalDate.of(2020, 3, 20))));
    assertEquals(List.of(1403, 12, 30), toList(formats.jalali(LocalDate.of(2025, 3, 20))));
  }

  private static List<Integer> toList(int[] values) {
    return List.of(values[0], values[1], values[2]);
  }
}
