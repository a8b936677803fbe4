package org.paivand.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FarsArticleIdsTest {

  private static void checkId(String link, String expectedId) {
    assertEquals(expectedId, FarsArticleIds.idOf(link), link);
  }

  private static void checkDate(String id, String expectedDate) {
    assertEquals(expectedDate, FarsArticleIds.publishedOf(id), id);
  }

  @Test
  void idOfLongLinkWithSlug() {
    checkId("https://www.farsnews.ir/news/13911222000865/\u062E\u0628\u0631\u200C\u0647\u0627", "13911222000865");
  }

  @Test
  void idOfShortLinkWithoutSlug() {
    checkId("https://www.farsnews.ir/news/8707060255", "8707060255");
  }

  @Test
  void idBeforeQueryOrFragment() {
    checkId("https://www.farsnews.ir/news/8707060255?ref=x", "8707060255");
    checkId("https://www.farsnews.ir/news/8707060255#top", "8707060255");
  }

  @Test
  void noIdWithoutNewsDigits() {
    checkId("https://www.farsnews.ir/photo/13911222000865", null);
    checkId("https://www.farsnews.ir/news/87070602x5", null);
    checkId("", null);
    checkId(null, null);
  }

  @Test
  void longIdGivesYearMonthDayOfFirstEightDigits() {
    checkDate("13911222000865", "1391/12/22");
  }

  @Test
  void longIdYearRangeIs1390To1499() {
    checkDate("13900606121623", "1390/06/06");
    checkDate("14990101000001", "1499/01/01");
    checkDate("13891229000001", null);
    checkDate("15000101000001", null);
  }

  @Test
  void shortIdGivesThirteenHundredPlusTwoDigitYear() {
    checkDate("8707060255", "1387/07/06");
  }

  @Test
  void shortIdYearRangeIs1382To1390() {
    checkDate("8203150021", "1382/03/15");
    checkDate("9001150097", "1390/01/15");
    checkDate("8112290001", null);
    checkDate("9101010001", null);
  }

  @Test
  void undatableIdsFromTheDataGiveNoDate() {
    checkDate("6011171294", null);
    checkDate("6010060837", null);
  }

  @Test
  void monthLengthsAreNotCheckedHere() {
    checkDate("13991331000001", "1399/13/31");
  }

  @Test
  void otherLengthsAndEmptyGiveNoDate() {
    checkDate("870706025", null);
    checkDate("139112220008651", null);
    checkDate("", null);
    checkDate(null, null);
  }
}
