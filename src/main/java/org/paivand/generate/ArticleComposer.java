package org.paivand.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes one article from the {@link Vocabulary} and records every mention it plants, sentence by sentence.
 *
 * <p>Shape, as in the real corpora: a title line; boilerplate lines with the date and a story code; a lead; paragraphs
 * of two to five sentences; a closing line. Length is drawn between 1,000 and 3,000 characters with a mean near
 * 1,700 (Fars articles: 2.45 M chars / 1,200 = 2,050; wire stories are shorter). Sentences are entity sentences
 * (40%), fillers without entities (52%) or traps (8%). An article has a topic of two to four countries, drawn by
 * weight, and people, places and organizations added as templates need them; a sentence never names one entity in
 * two slots.
 *
 * <p>Persian articles are written, as scraped text is, in one of several letter conventions: 35% with Arabic yeh and
 * kaf throughout (the old Fars site), 12% with every zero-width non-joiner dropped and 8% with it turned into a
 * space. Forms within a sentence also vary (Arabic letters, tatweel, ZWNJ, demonyms, suffixes, possessives).
 */
final class ArticleComposer {
  static final int MIN_LENGTH = 1_000;
  static final int MAX_LENGTH = 3_000;
  private static final String ZWNJ = "\u200c";
  private static final String[] SOURCES_FA = {"farsnews", "irna", "isna", "mehrnews"};
  private static final String[] SOURCES_EN = {"abcnews", "reuters", "apnews"};
  private static final String[] WEEKDAYS_EN = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};

  private final Vocabulary persian = Vocabulary.load("fa");
  private final Vocabulary english = Vocabulary.load("en");
  private final PublishedFormats dates = new PublishedFormats();

  Vocabulary vocabulary(String language) {
    return language.equals("fa") ? persian : english;
  }

  PublishedFormats dates() {
    return dates;
  }

  GeneratedArticle compose(String id, String language, LocalDate day, SplittableRandom random) {
    Vocabulary vocabulary = vocabulary(language);
    boolean persianText = language.equals("fa");
    int target = MIN_LENGTH + (int) ((MAX_LENGTH - MIN_LENGTH) * Math.pow(random.nextDouble(), 1.86));
    List<EntityForms> topic = new ArrayList<>();
    int countries = 2 + random.nextInt(3);
    while (countEntities(topic, 'C') < countries) {
      addDistinct(topic, vocabulary, 'C', random);
    }
    List<List<String>> planted = new ArrayList<>();
    List<String> mentions = new ArrayList<>();

    StringBuilder title = new StringBuilder();
    render(pick(vocabulary.titles, random), vocabulary, topic, random, title, mentions);
    flush(mentions, planted);
    String header = header(language, day, random);

    StringBuilder body = new StringBuilder(MAX_LENGTH + 200);
    render(pick(vocabulary.leads, random), vocabulary, topic, random, body, mentions);
    body.append(' ');
    String closing = persianText ? "انتهای پیام/" : "Topics: world-politics, trade, government";
    int inParagraph = 0;
    int paragraphLength = 2 + random.nextInt(4);
    boolean first = true;
    while (true) {
      double kind = random.nextDouble();
      Template template = kind < 0.40 ? pick(vocabulary.sentences, random)
          : kind < 0.92 ? pick(vocabulary.fillers, random) : pick(vocabulary.traps, random);
      int before = body.length();
      if (!first) {
        if (inParagraph == paragraphLength) {
          body.append('\n');
          inParagraph = 0;
          paragraphLength = 2 + random.nextInt(4);
        } else {
          body.append(' ');
        }
      }
      render(template, vocabulary, topic, random, body, mentions);
      if (title.length() + header.length() + body.length() + closing.length() + 2 > MAX_LENGTH && !first) {
        body.setLength(before);
        mentions.clear();
        break;
      }
      first = false;
      inParagraph++;
      flush(mentions, planted);
      if (title.length() + header.length() + body.length() + closing.length() + 2 >= target) {
        break;
      }
    }
    body.append('\n').append(closing);
    String titleText = title.toString();
    String bodyText = body.toString();
    if (persianText) {
      double letters = random.nextDouble();
      if (letters < 0.35) {
        titleText = arabicLetters(titleText);
        header = arabicLetters(header);
        bodyText = arabicLetters(bodyText);
      }
      double joiner = random.nextDouble();
      if (joiner < 0.20) {
        String replacement = joiner < 0.12 ? "" : " ";
        titleText = titleText.replace(ZWNJ, replacement);
        header = header.replace(ZWNJ, replacement);
        bodyText = bodyText.replace(ZWNJ, replacement);
      }
    }
    String source = persianText ? SOURCES_FA[random.nextInt(SOURCES_FA.length)]
        : SOURCES_EN[random.nextInt(SOURCES_EN.length)];
    return new GeneratedArticle(id, titleText, header, bodyText, dates.format(day, language, random), language,
        source, day, List.copyOf(planted));
  }

  /** The boilerplate block: publication date with time, and a story code; a near copy gets a new one. */
  String header(String language, LocalDate day, SplittableRandom random) {
    int hour = 6 + random.nextInt(16);
    int minute = random.nextInt(60);
    String time = hour + ":" + (minute < 10 ? "0" : "") + minute;
    long code = 100_000 + random.nextInt(900_000);
    if (language.equals("fa")) {
      return PublishedFormats.persianDigits("تاریخ انتشار: " + dates.bodyDate(day, "fa") + " - " + time) + "\n"
          + "کد خبر: " + code + "\n";
    }
    return "Posted " + dates.bodyDate(day, "en") + ", " + time + "\nStory ID: " + code + "\n";
  }

  private void render(Template template, Vocabulary vocabulary, List<EntityForms> topic, SplittableRandom random,
      StringBuilder out, List<String> mentions) {
    List<EntityForms> chosen = new ArrayList<>();
    for (char kind : new char[] {'C', 'P', 'L', 'O'}) {
      int needed = template.needs(kind);
      while (countEntities(topic, kind) < needed) {
        addDistinct(topic, vocabulary, kind, random);
      }
      List<EntityForms> ofKind = new ArrayList<>();
      for (EntityForms forms : topic) {
        if (forms.kind() == kind) {
          ofKind.add(forms);
        }
      }
      // a random distinct choice of `needed` topic entities of this kind
      for (int i = 0; i < needed; i++) {
        int j = i + random.nextInt(ofKind.size() - i);
        EntityForms swap = ofKind.get(i);
        ofKind.set(i, ofKind.get(j));
        ofKind.set(j, swap);
        chosen.add(ofKind.get(i));
      }
    }
    mentions.addAll(template.planted());
    List<String> literals = template.literals();
    for (int i = 0; i < template.slots().size(); i++) {
      out.append(literals.get(i));
      String slot = template.slots().get(i);
      if (slot.equals(Template.NUMBER)) {
        String number = Integer.toString(2 + random.nextInt(900));
        out.append(vocabulary.language.equals("fa") && random.nextBoolean()
            ? PublishedFormats.persianDigits(number) : number);
      } else if (slot.equals(Template.WEEKDAY)) {
        out.append(vocabulary.language.equals("fa")
            ? PublishedFormats.WEEKDAYS_FA[random.nextInt(7)] : WEEKDAYS_EN[random.nextInt(WEEKDAYS_EN.length)]);
      } else {
        EntityForms forms = chosenFor(chosen, slot);
        String form = forms.forms().get(random.nextInt(forms.forms().size()));
        // paivand's splitter reads "s." as an initial (like "J. Smith"), so "Iran's." would join the next sentence:
        // a possessive is written only where no full stop follows
        while (form.indexOf('\'') >= 0 && literals.get(i + 1).startsWith(".")) {
          form = forms.forms().get(random.nextInt(forms.forms().size()));
        }
        out.append(form);
        mentions.add(forms.entity());
      }
    }
    out.append(literals.get(literals.size() - 1));
  }

  /** The entity chosen for slot {@code C2}: the second chosen of kind C. */
  private static EntityForms chosenFor(List<EntityForms> chosen, String slot) {
    int wanted = slot.charAt(1) - '0';
    int seen = 0;
    for (EntityForms forms : chosen) {
      if (forms.kind() == slot.charAt(0) && ++seen == wanted) {
        return forms;
      }
    }
    throw new IllegalStateException("no entity chosen for slot " + slot);
  }

  private static void addDistinct(List<EntityForms> topic, Vocabulary vocabulary, char kind, SplittableRandom random) {
    List<EntityForms> candidates = vocabulary.entitiesByKind.get(kind);
    int[] cumulative = vocabulary.cumulativeWeights.get(kind);
    if (candidates == null || countEntities(topic, kind) >= candidates.size()) {
      throw new IllegalStateException("not enough entities of kind " + kind + " in " + vocabulary.language);
    }
    while (true) {
      int draw = random.nextInt(cumulative[cumulative.length - 1]);
      int index = 0;
      while (cumulative[index] <= draw) {
        index++;
      }
      EntityForms forms = candidates.get(index);
      if (!topic.contains(forms)) {
        topic.add(forms);
        return;
      }
    }
  }

  private static int countEntities(List<EntityForms> topic, char kind) {
    int count = 0;
    for (EntityForms forms : topic) {
      if (forms.kind() == kind) {
        count++;
      }
    }
    return count;
  }

  private static Template pick(List<Template> templates, SplittableRandom random) {
    return templates.get(random.nextInt(templates.size()));
  }

  private static void flush(List<String> mentions, List<List<String>> planted) {
    if (!mentions.isEmpty()) {
      planted.add(List.copyOf(mentions));
      mentions.clear();
    }
  }

  static String arabicLetters(String text) {
    return text.replace('\u06CC', '\u064A').replace('\u06A9', '\u0643');
  }
}
