package org.paivand.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.paivand.gazetteer.MatchChecks.check;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules for names that are also words (docs/gazetteer.md, "Names that are also words"), each where it keeps and
 * where it drops: on the standard gazetteer, and on a small one where a name is marked {@code context=cue}.
 */
class NameCuesTest {
  /** A surname that is also an adjective, a place that is also a noun, and their countries. */
  private static final Gazetteer CUED = MatchChecks.gazetteer(
      "IR;country;-;ایران;iran", "DE;country;-;آلمان [case=exact, context=cue];germany", "FR;country;-;فرانسه;france",
      "zarif;person;IR;ظریف [context=cue] | جواد ظریف;zarif", "putin;person;RU;پوتین;putin",
      "RU;country;-;روسیه;russia", "rome;city;-;رم [suffix=none, context=cue];rome", "tehran;city;IR;تهران;tehran",
      "paris;city;FR;پاریس;paris");

  @Test
  void aPersonsNameTakesNoNounEnding() {
    check("پوتین در مسکو گفت", "putin پوتین", "moscow مسکو");
    check("پوتینها را واکس زد");
    check("پوتین‌ها را واکس زد");
    check("پوتین ها را واکس زد");
    check("خاتمیت پیامبر");
    check("کامرونی‌ها به جام جهانی رفتند");
  }

  @Test
  void aNameEndingInAVowelTakesTheEzafe() {
    check("دولت اوبامای دموکرات", "obama اوبامای");
  }

  @Test
  void theSecondHalfOfACompoundIsNoName() {
    check("به اتهام توطئه‌چینی علیه دولت");
    check("کالاهای چینی", "CN چینی");
    check("به ترکیه،\u200cعراق و \u200cآلمان", "TR ترکیه", "IQ عراق", "DE آلمان"); // stray ZWNJs after punctuation
  }

  @Test
  void aPlacesAdjectiveWrittenApartIsThePlace() {
    check("این وزیر کره\u200cای گفت", "KR کره");
    check("کره ها را ذوب کرد");
  }

  @Test
  void aCountryAfterTheGluedArabicArticle() {
    check("\"الموت الاسرائیل\" و \"الموت الامریکا\"", "IL اسرائیل", "US امریکا");
    check("البرز");
  }

  @Test
  void anAmbiguousNameNeedsACue() {
    check(CUED, "تفاوتهای ظریف در صدا");
    check(CUED, "ظریف گفت: ایران آماده است", "zarif ظریف", "IR ایران");
    check(CUED, "آقای ظریف به وین رفت", "zarif ظریف");
    check(CUED, "سفر ظریف به بروکسل", "zarif ظریف");
    check(CUED, "جواد ظریف به نیویورک رفت و ظریف در آنجا ماند", "zarif جواد ظریف", "zarif ظریف");
  }

  @Test
  void aCueAgainstTheWordWins() {
    check(CUED, "این ظریف گفت");
    check(CUED, "ظریف ها گفتند");
    check(CUED, "ظریف است");
  }

  @Test
  void aPlacesCues() {
    check(CUED, "المان میدان رونمایی شد");
    check(CUED, "پس از افتتاح این المان");
    check(CUED, "آلمان میدان رونمایی شد", "DE آلمان");
    check(CUED, "کشور المان", "DE المان");
    check(CUED, "فرانسه، المان و ایران", "FR فرانسه", "DE المان", "IR ایران");
    check(CUED, "رم یک گیگابایتی");
    check(CUED, "روابط تهران و رم و پاریس", "tehran تهران", "rome رم", "paris پاریس");
    check(CUED, "او در رم گفت", "rome رم");
    check(CUED, "رم ـ ایرنا : پرودی گفت", "rome رم");
    check(CUED, "باشگاه رم برد", "rome رم");
  }

  @Test
  void aPersonsCountryInTheSentenceIsACueButNotInAnother() {
    check(CUED, "تفاوت ظریف میان مواضع ایران", "zarif ظریف", "IR ایران");
    check(CUED, "تفاوت ظریف است. ایران گفت", "IR ایران");
  }

  @Test
  void explainSaysWhichCueDecided() {
    MentionExplainer explainer = new MentionExplainer(CUED);
    List<MentionExplainer.Explanation> taken = explainer.explain("آقای ظریف آمد");
    assertEquals("cue: title before", taken.get(0).decidedBy());
    assertEquals(true, taken.get(0).rules().contains("cue: title 'اقای' before"), taken.get(0).rules());
    List<MentionExplainer.Explanation> dropped = explainer.explain("تفاوتهای ظریف");
    assertEquals(MentionExplainer.Kind.REJECTED, dropped.get(0).kind());
    assertEquals("cue: none", dropped.get(0).decidedBy());
    List<MentionExplainer.Explanation> word = explainer.explain("این ظریف");
    assertEquals("cue against: determiner before", word.get(0).decidedBy());
  }
}
