package org.paivand.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link SentenceSplitter}; sentences are shown as normalized text. */
class SentenceSplitterTest {

  /** Normalizing and splitting {@code input} gives exactly the {@code expected} sentences. */
  static void check(String input, String... expected) {
    assertEquals(List.of(expected), sentences(input), () -> "splitting '" + TextChecks.escape(input) + "'");
  }

  @Test
  void emptyInput() {
    check("");
  }

  @Test
  void whiteSpaceOnlyHasNoSentence() {
    check(" \n \u200C\n");
  }

  @Test
  void textWithoutTerminatorIsOneSentence() {
    check("وزیر امور خارجه", "وزیر امور خارجه");
  }

  @Test
  void lineBreakEndsSentence() {
    check("تیتر خبر\nمتن خبر\r\nپایان", "تیتر خبر", "متن خبر", "پایان");
  }

  @Test
  void possessiveBeforeThePeriodIsNotAnInitial() {
    check("He backed Iran's. Then he left.", "he backed iran's.", "then he left.");
    check("It ends with Iran’s. Next.", "it ends with iran's.", "next.");
    check("J. S. Bach played.", "j. s. bach played.");
  }

  @Test
  void periodEndsSentence() {
    check("One. Two.", "one.", "two.");
  }

  @Test
  void exclamationAndQuestionMarksEndSentences() {
    check("Stop! Why? Go", "stop!", "why?", "go");
  }

  @Test
  void persianQuestionMarkEndsSentence() {
    check("چرا؟ چون گفت.", "چرا?", "چون گفت.");
  }

  @Test
  void ellipsisEndsSentence() {
    check("صبر کنید… بعد", "صبر کنید.", "بعد");
  }

  @Test
  void terminatorRunStaysWithItsSentence() {
    check("Really?! Yes...  Fine.", "really?!", "yes...", "fine.");
  }

  @Test
  void terminatorWithoutFollowingSpaceDoesNotEnd() {
    check("what?no", "what?no");
  }

  @Test
  void decimalPointDoesNotEnd() {
    check("Growth was 3.5 percent. Then it fell.", "growth was 3.5 percent.", "then it fell.");
  }

  @Test
  void persianDecimalPointDoesNotEnd() {
    check("رشد ۳.۵ درصد بود. سپس", "رشد 3.5 درصد بود.", "سپس");
    check("رشد ۳٫۵ درصد", "رشد 3.5 درصد");
  }

  @Test
  void initialsDoNotEnd() {
    check("U.S. forces left. Iran said no.", "u.s. forces left.", "iran said no.");
  }

  @Test
  void singleInitialDoesNotEnd() {
    check("J. Smith came. Then", "j. smith came.", "then");
  }

  @Test
  void abbreviationsDoNotEnd() {
    check("Mr. Smith met Dr. Jones. Then they left.", "mr. smith met dr. jones.", "then they left.");
  }

  @Test
  void abbreviationsAreMatchedAfterLowerCasing() {
    check("GEN. Smith spoke.", "gen. smith spoke.");
  }

  @Test
  void longerWordBeforePeriodEnds() {
    check("Smith. Jones.", "smith.", "jones.");
  }

  @Test
  void persianLetterRightAfterPeriodEnds() {
    check("او گفت.وزیر رفت.", "او گفت.", "وزیر رفت.");
  }

  @Test
  void latinLetterRightAfterPeriodDoesNotEnd() {
    check("see example.com now.", "see example.com now.");
  }

  @Test
  void persianLetterAfterOtherTerminatorsDoesNotEnd() {
    check("چرا؟وزیر رفت", "چرا?وزیر رفت");
  }

  @Test
  void closingQuoteStaysWithItsSentence() {
    check("He said \"go.\" Then he left.", "he said \"go.\"", "then he left.");
    check("گفت «برو.» سپس رفت.", "گفت \"برو.\"", "سپس رفت.");
  }

  @Test
  void closingBracketStaysWithItsSentence() {
    check("(This ends.) Next one.", "(this ends.)", "next one.");
  }

  @Test
  void closingBracketWithoutTerminatorDoesNotEnd() {
    check("در منطقه (قره باغ) تلاش می کند.", "در منطقه (قره باغ) تلاش می کند.");
  }

  @Test
  void sentencesAreTrimmed() {
    NormalizedText text = normalized("  One.   Two.  ");
    SentenceSpans spans = split(text);
    assertEquals(2, spans.count());
    assertEquals(0, spans.start(0));
    assertEquals(4, spans.end(0));
    assertEquals(5, spans.start(1));
    assertEquals(9, spans.end(1));
  }

  @Test
  void manySentencesGrowTheSpans() {
    String text = "خط\n".repeat(200);
    List<String> sentences = sentences(text);
    assertEquals(200, sentences.size());
    assertEquals("خط", sentences.get(199));
  }

  @Test
  void reusedSpansHoldOnlyTheLatestText() {
    SentenceSplitter splitter = new SentenceSplitter();
    SentenceSpans spans = new SentenceSpans();
    splitter.split(normalized("one. two. three. four."), spans);
    assertEquals(4, spans.count());
    splitter.split(normalized("one"), spans);
    assertEquals(1, spans.count());
    splitter.split(normalized(""), spans);
    assertEquals(0, spans.count());
  }

  @Test
  void sentenceAtFindsTheSentenceHoldingAnOffset() {
    SentenceSpans spans = split(normalized("One. Two.\nThree"));
    assertEquals(0, spans.sentenceAt(0));
    assertEquals(0, spans.sentenceAt(3));
    assertEquals(-1, spans.sentenceAt(4)); // the space between sentences
    assertEquals(1, spans.sentenceAt(5));
    assertEquals(1, spans.sentenceAt(8));
    assertEquals(-1, spans.sentenceAt(9)); // the line break
    assertEquals(2, spans.sentenceAt(10));
    assertEquals(2, spans.sentenceAt(14));
    assertEquals(-1, spans.sentenceAt(15));
  }

  static List<String> sentences(String input) {
    NormalizedText text = normalized(input);
    SentenceSpans spans = split(text);
    List<String> result = new ArrayList<>();
    for (int s = 0; s < spans.count(); s++) {
      result.add(text.toString().substring(spans.start(s), spans.end(s)));
    }
    return result;
  }

  private static NormalizedText normalized(String input) {
    NormalizedText text = new NormalizedText();
    TextNormalizer.standard().normalize(input, text);
    return text;
  }

  private static SentenceSpans split(NormalizedText text) {
    SentenceSpans spans = new SentenceSpans();
    new SentenceSplitter().split(text, spans);
    return spans;
  }
}
