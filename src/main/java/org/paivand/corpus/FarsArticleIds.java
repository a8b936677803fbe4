package org.paivand.corpus;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fars News article ids and the Jalali publication dates they start with. The importer transcribes the date; it does
 * not check month lengths (the job's date parser validates).
 *
 * <ul>
 *   <li>Id: the digits after {@code /news/} in the link, up to a {@code /}, {@code ?}, {@code #} or the end:
 *       {@code https://www.farsnews.ir/news/13911222000865/<slug>} gives {@code 13911222000865},
 *       {@code https://www.farsnews.ir/news/8707060255} gives {@code 8707060255}. No such digits: no id.
 *   <li>14 digits (newer site): {@code yyyyMMdd} and a 6-digit sequence. {@code 13911222000865} gives
 *       {@code 1391/12/22}. Only years 1390..1499.
 *   <li>10 digits (older site): {@code yyMMdd} and a 4-digit sequence, year = 1300 + yy. {@code 8707060255} gives
 *       {@code 1387/07/06}. Only years 1382..1390: Fars was founded in 1382 and switched to 14-digit ids during
 *       1390 (the last 10-digit ids in the data are from 1390/05, the first 14-digit ones from 1390/06).
 *   <li>Anything else gives no date, never a guess: {@code 6011171294} and {@code 6010060837} (year "60") are in
 *       the data and have none.
 * </ul>
 */
public final class FarsArticleIds {
  static final Pattern NEWS_ID_IN_LINK = Pattern.compile("/news/(\\d+)(?:[/?#]|$)");

  static final int LONG_ID_LENGTH = 14;
  static final int LONG_ID_FIRST_YEAR = 1390;
  static final int LONG_ID_LAST_YEAR = 1499;

  static final int SHORT_ID_LENGTH = 10;
  static final int SHORT_ID_CENTURY = 1300;
  static final int SHORT_ID_FIRST_YEAR = 1382;
  static final int SHORT_ID_LAST_YEAR = 1390;

  static final char DATE_SEPARATOR = '/';

  private FarsArticleIds() {}

  /** The numeric article id in a Fars link, or {@code null} if the link has none. */
  public static String idOf(String link) {
    if (link == null) {
      return null;
    }
    Matcher matcher = NEWS_ID_IN_LINK.matcher(link);
    return matcher.find() ? matcher.group(1) : null;
  }

  /** The Jalali date {@code yyyy/MM/dd} an id starts with, or {@code null} if the id follows neither form. */
  public static String publishedOf(String id) {
    if (id == null || !id.chars().allMatch(character -> character >= '0' && character <= '9')) {
      return null;
    }
    if (id.length() == LONG_ID_LENGTH) {
      int year = Integer.parseInt(id.substring(0, 4));
      return inRange(year, LONG_ID_FIRST_YEAR, LONG_ID_LAST_YEAR) ? date(year, id.substring(4, 8)) : null;
    }
    if (id.length() == SHORT_ID_LENGTH) {
      int year = SHORT_ID_CENTURY + Integer.parseInt(id.substring(0, 2));
      return inRange(year, SHORT_ID_FIRST_YEAR, SHORT_ID_LAST_YEAR) ? date(year, id.substring(2, 6)) : null;
    }
    return null;
  }

  private static boolean inRange(int year, int first, int last) {
    return year >= first && year <= last;
  }

  private static String date(int year, String monthAndDay) {
    return "" + year + DATE_SEPARATOR + monthAndDay.substring(0, 2) + DATE_SEPARATOR + monthAndDay.substring(2, 4);
  }
}
