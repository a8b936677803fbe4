package org.paivand.eval;

import java.util.ArrayList;
import java.util.List;
import org.paivand.article.ArticleAnalyzer;
import org.paivand.gazetteer.EntityType;
import org.paivand.gazetteer.Gazetteer;

/**
 * Scores paivand's country and capital mentions against ARMAN-NER, mapping its tags to paivand's conventions
 * (src/test/resources/eval/arman/README.md) rather than comparing tags blindly:
 *
 * <ul>
 *   <li>gold: a listed name ({@link ArmanPlaceNames}) inside one {@code loc}, {@code org}, {@code fac} or
 *       {@code event} span. ARMAN tags a country acting as a government or team, and nationalities, as {@code org};
 *       for paivand {@code دولت ایران} and the team {@code ایران} are mentions of Iran, and a country named inside a
 *       longer name ({@code جنگ ایران و عراق}, {@code فرودگاه ... تهران}) is the country;
 *   <li>not a place: a listed name inside a {@code pers} span (part of a person's name); a paivand hit there is false;
 *   <li>unscored: a listed name on {@code O} tokens (ARMAN leaves most demonyms, {@code ایرانی}, untagged) or inside
 *       a {@code pro} span (the newspaper {@code ایران}); a paivand hit of the same entity there counts neither way;
 *   <li>predictions: paivand mentions of countries, and of cities that are listed capitals; other kinds are ignored.
 *       A prediction is right when it overlaps (by tokens) an unused gold mention of the same id.
 * </ul>
 */
final class ArmanPlacesScorer {
  /** A mention at tokens {@code [start, end)} of one sentence. */
  record Mention(ArmanSentence sentence, int start, int end, String id, String kind) {
    boolean overlaps(Mention other) {
      return sentence == other.sentence && start < other.end && other.start < end;
    }

    String describe() {
      return id + " \"" + String.join(" ", sentence.tokens().subList(start, end)) + "\" ("
          + sentence.classOf(start) + ") in " + sentence.label() + ": " + sentence.text();
    }
  }

  /** Gold and unscored mentions of one sentence. */
  record Gold(List<Mention> gold, List<Mention> unscored) {}

  /** Figures for one kind ({@code country} or {@code city}); the lists hold {@link Mention#describe()} lines. */
  record KindScore(String kind, int gold, int truePositives, int predicted, List<String> misses,
      List<String> falseHits, List<String> unscored) {
    int unscoredHits() {
      return unscored.size();
    }

    double precision() {
      int scored = truePositives + falseHits.size();
      return scored == 0 ? 1.0 : (double) truePositives / scored;
    }

    double recall() {
      return gold == 0 ? 1.0 : (double) truePositives / gold;
    }

    String report() {
      StringBuilder out = new StringBuilder(String.format(java.util.Locale.ROOT,
          "%s: gold %d, predicted %d (%d unscored), true %d, precision %.3f, recall %.3f%n", kind, gold, predicted,
          unscoredHits(), truePositives, precision(), recall()));
      misses.forEach(line -> out.append("  miss  ").append(line).append('\n'));
      falseHits.forEach(line -> out.append("  false ").append(line).append('\n'));
      unscored.forEach(line -> out.append("  unscored ").append(line).append('\n'));
      return out.toString();
    }
  }

  private final ArmanPlaceNames names;
  private final ArticleAnalyzer analyzer;

  ArmanPlacesScorer(ArmanPlaceNames names, Gazetteer gazetteer) {
    this.names = names;
    this.analyzer = new ArticleAnalyzer(gazetteer);
  }

  Gold gold(ArmanSentence sentence) {
    List<Mention> gold = new ArrayList<>();
    List<Mention> unscored = new ArrayList<>();
    int token = 0;
    while (token < sentence.tokens().size()) {
      String type = sentence.classOf(token);
      int end = sentence.spanEnd(token);
      for (ArmanPlaceNames.Found found : names.find(sentence.tokens(), token, end)) {
        Mention mention = new Mention(sentence, found.start(), found.end(), found.place().id(),
            found.place().kind());
        switch (type) {
          case "loc", "org", "fac", "event" -> gold.add(mention);
          case "O", "pro" -> unscored.add(mention);
          default -> { } // pers: part of a person's name, not a place
        }
      }
      token = end;
    }
    return new Gold(gold, unscored);
  }

  /** paivand's country and capital mentions in one sentence, as token ranges. */
  List<Mention> predicted(ArmanSentence sentence) {
    analyzer.analyze(sentence.text());
    Gazetteer gazetteer = analyzer.gazetteer();
    List<Mention> predicted = new ArrayList<>();
    for (int m = 0; m < analyzer.mentionCount(); m++) {
      int entity = analyzer.mentionEntity(m);
      String id = gazetteer.id(entity);
      EntityType type = gazetteer.entity(entity).type();
      String kind;
      if (type == EntityType.COUNTRY) {
        kind = "country";
      } else if (type == EntityType.CITY && names.isCapital(id)) {
        kind = "city";
      } else {
        continue;
      }
      int start = firstToken(sentence, analyzer.mentionStart(m));
      int end = firstToken(sentence, analyzer.mentionEnd(m) - 1) + 1;
      predicted.add(new Mention(sentence, start, end, id, kind));
    }
    return predicted;
  }

  private static int firstToken(ArmanSentence sentence, int offset) {
    for (int i = 0; i < sentence.tokens().size(); i++) {
      if (offset < sentence.tokenEnd(i)) {
        return i;
      }
    }
    return sentence.tokens().size() - 1;
  }

  KindScore score(List<ArmanSentence> sentences, String kind) {
    int goldCount = 0;
    int truePositives = 0;
    int predictedCount = 0;
    List<String> unscored = new ArrayList<>();
    List<String> misses = new ArrayList<>();
    List<String> falseHits = new ArrayList<>();
    for (ArmanSentence sentence : sentences) {
      Gold gold = gold(sentence);
      List<Mention> open = new ArrayList<>(gold.gold().stream().filter(g -> g.kind().equals(kind)).toList());
      goldCount += open.size();
      for (Mention prediction : predicted(sentence)) {
        if (!prediction.kind().equals(kind)) {
          continue;
        }
        predictedCount++;
        Mention match = open.stream()
            .filter(g -> g.id().equals(prediction.id()) && g.overlaps(prediction)).findFirst().orElse(null);
        if (match != null) {
          open.remove(match);
          truePositives++;
        } else if (gold.unscored().stream()
            .anyMatch(u -> u.id().equals(prediction.id()) && u.overlaps(prediction))) {
          unscored.add(prediction.describe());
        } else {
          falseHits.add(prediction.describe());
        }
      }
      open.forEach(g -> misses.add(g.describe()));
    }
    return new KindScore(kind, goldCount, truePositives, predictedCount, misses, falseHits, unscored);
  }
}
