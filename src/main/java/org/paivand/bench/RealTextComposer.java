package org.paivand.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.paivand.bench.RealTextSources.FarsArticle;
import org.paivand.bench.RealTextSources.FarsSite;
import org.paivand.bench.RealTextSources.HeadlineDay;
import org.paivand.corpus.CorpusRecord;

/**
 * Makes one article of the real-text corpus from {@link RealTextSources}; every character is real text, only the
 * mix is drawn. Half the articles are Persian and half English; both languages aim at the same length, so the
 * characters split about evenly too.
 *
 * <ul>
 *   <li><b>Persian</b> ({@code lang fa}, {@code source fars}): the title and Jalali date ({@code 1399/07/15}) of a
 *       Fars article drawn uniformly, then paragraphs (leads included) drawn from all articles of the same site, one
 *       per line, no paragraph twice, until the length drawn for the article ({@value #PERSIAN_MIN_CHARS} to
 *       {@value #PERSIAN_MAX_CHARS} characters) is reached. Fars paragraphs are about 200 characters on average, so
 *       the last one overshoots the target by about 150 and the articles come to about 1,700 characters.
 *   <li><b>English</b> ({@code lang en}, {@code source abcnews}): the date ({@code yyyyMMdd}) of an ABC day drawn
 *       uniformly; that day's headlines in random order, then those of the days next to it (the day after, the day
 *       before, two days after, ...), each text once, until the length drawn ({@value #ENGLISH_MIN_CHARS} to
 *       {@value #ENGLISH_MAX_CHARS}) is reached. The first headline is the title line; the others become sentences
 *       (first letter capitalized, a full stop), {@value #MIN_SENTENCES_PER_PARAGRAPH} to
 *       {@value #MAX_SENTENCES_PER_PARAGRAPH} to a paragraph. Headlines are 39 characters on average, so the overshoot
 *       is small.
 * </ul>
 *
 * The draws come only from the {@link SplittableRandom} passed in, so the same seed gives the same articles.
 */
final class RealTextComposer {
  static final double PERSIAN_SHARE = 0.5;
  static final int PERSIAN_MIN_CHARS = 900;
  static final int PERSIAN_MAX_CHARS = 2_200;
  static final int ENGLISH_MIN_CHARS = 1_000;
  static final int ENGLISH_MAX_CHARS = 2_350;
  static final int MIN_SENTENCES_PER_PARAGRAPH = 3;
  static final int MAX_SENTENCES_PER_PARAGRAPH = 6;
  static final String PERSIAN = "fa";
  static final String ENGLISH = "en";
  static final String FARS_SOURCE = "fars";
  static final String ABC_SOURCE = "abcnews";
  private static final char LINE_SEPARATOR = '\n';

  private final RealTextSources sources;
  private final int farsArticles;

  RealTextComposer(RealTextSources sources) {
    this.sources = sources;
    this.farsArticles = sources.farsSites().stream().mapToInt(site -> site.articles().size()).sum();
  }

  CorpusRecord compose(String id, SplittableRandom random) {
    return random.nextDouble() < PERSIAN_SHARE ? persian(id, random) : english(id, random);
  }

  private CorpusRecord persian(String id, SplittableRandom random) {
    int drawn = random.nextInt(farsArticles);
    FarsSite site = null;
    for (FarsSite candidate : sources.farsSites()) {
      site = candidate;
      if (drawn < candidate.articles().size()) {
        break;
      }
      drawn -= candidate.articles().size();
    }
    FarsArticle base = site.articles().get(drawn);
    int target = between(PERSIAN_MIN_CHARS, PERSIAN_MAX_CHARS, random);
    StringBuilder text = new StringBuilder(target + 1_000).append(base.title());
    List<Integer> used = new ArrayList<>();
    List<String> paragraphs = site.paragraphs();
    while (text.length() < target && used.size() < paragraphs.size()) {
      int paragraph = random.nextInt(paragraphs.size());
      if (!used.contains(paragraph)) {
        used.add(paragraph);
        text.append(LINE_SEPARATOR).append(paragraphs.get(paragraph));
      }
    }
    return new CorpusRecord(id, base.title(), text.toString(), base.published(), PERSIAN, FARS_SOURCE, null);
  }

  private CorpusRecord english(String id, SplittableRandom random) {
    List<HeadlineDay> days = sources.headlineDays();
    int first = random.nextInt(days.size());
    int target = between(ENGLISH_MIN_CHARS, ENGLISH_MAX_CHARS, random);
    List<String> headlines = new ArrayList<>();
    int length = 0;
    // the day drawn, then its neighbours outwards: +1, -1, +2, -2, ... (skipping those outside the file's range)
    for (int step = 0; length < target && step <= 2 * days.size(); step++) {
      int day = first + (step % 2 == 0 ? step / 2 : -(step + 1) / 2);
      if (day >= 0 && day < days.size()) {
        length = drawInRandomOrder(days.get(day).headlines(), headlines, length, target, random);
      }
    }
    String title = capitalized(headlines.get(0));
    StringBuilder text = new StringBuilder(length + 200).append(title);
    int sentencesLeftInParagraph = 0;
    for (String headline : headlines.subList(1, headlines.size())) {
      if (sentencesLeftInParagraph == 0) {
        text.append(LINE_SEPARATOR);
        sentencesLeftInParagraph = between(MIN_SENTENCES_PER_PARAGRAPH, MAX_SENTENCES_PER_PARAGRAPH, random);
      } else {
        text.append(' ');
      }
      text.append(capitalized(headline)).append('.');
      sentencesLeftInParagraph--;
    }
    return new CorpusRecord(id, title, text.toString(), days.get(first).published(), ENGLISH, ABC_SOURCE, null);
  }

  /** Appends headlines of one day in random order (a partial shuffle) until {@code target}; returns the length. */
  private static int drawInRandomOrder(List<String> day, List<String> drawn, int length, int target,
      SplittableRandom random) {
    int[] order = new int[day.size()];
    for (int index = 0; index < order.length; index++) {
      order[index] = index;
    }
    for (int index = 0; index < order.length && length < target; index++) {
      int swap = index + random.nextInt(order.length - index);
      int chosen = order[swap];
      order[swap] = order[index];
      order[index] = chosen;
      // a headline repeated on a nearby day (248 rows of the file repeat an earlier one) goes in once
      if (!drawn.contains(day.get(chosen))) {
        drawn.add(day.get(chosen));
        length += day.get(chosen).length() + 2; // the full stop and the space or line break after it
      }
    }
    return length;
  }

  private static int between(int smallest, int largest, SplittableRandom random) {
    return smallest + random.nextInt(largest - smallest + 1);
  }

  /** Headlines are lower case without punctuation; a sentence starts with a capital (ASCII, no locale involved). */
  private static String capitalized(String headline) {
    return headline.isEmpty() ? headline : Character.toUpperCase(headline.charAt(0)) + headline.substring(1);
  }
}
