package org.paivand.generate;

import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a publication day in the mixed forms real news metadata uses (docs/dates.md lists what the job accepts), so
 * that every form parses back to the same day in UTC: Jalali numeric with ASCII or Persian digits, Jalali day-month-
 * year with weekday and time, Gregorian months in Persian, basic ISO, RFC 1123, English month names, and ISO
 * timestamps with {@code Z} or {@code +03:30} whose UTC time lies between 04:00 and 20:00 (so the Tehran wall-clock
 * date is the same day). Jalali dates come from ICU's PersianCalendar, the calendar the parser also uses.
 */
final class PublishedFormats {
  static final String[] JALALI_MONTHS = {"فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان",
      "آذر", "دی", "بهمن", "اسفند"};
  static final String[] GREGORIAN_MONTHS_FA = {"ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت",
      "سپتامبر", "اکتبر", "نوامبر", "دسامبر"};
  /** Monday first, as {@link DayOfWeek}. */
  static final String[] WEEKDAYS_FA = {"دوشنبه", "سه\u200cشنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"};
  static final int PERSIAN_FORMATS = 7;
  static final int ENGLISH_FORMATS = 7;

  private final Map<Long, int[]> jalaliByDay = new HashMap<>();
  private final PersianCalendar calendar = new PersianCalendar(TimeZone.getTimeZone("UTC"));

  /** The day in one of the forms of {@code language}, chosen by {@code random}. */
  String format(LocalDate day, String language, SplittableRandom random) {
    int seconds = 4 * 3600 + random.nextInt(16 * 3600);
    String time = two(seconds / 3600) + ":" + two(seconds / 60 % 60);
    if (language.equals("fa")) {
      int[] jalali = jalali(day);
      return switch (random.nextInt(PERSIAN_FORMATS)) {
        case 0 -> jalali[0] + "/" + two(jalali[1]) + "/" + two(jalali[2]);
        case 1 -> persianDigits(jalali[0] + "/" + two(jalali[1]) + "/" + two(jalali[2]));
        case 2 -> persianDigits(WEEKDAYS_FA[day.getDayOfWeek().ordinal()] + " " + jalali[2] + " "
            + JALALI_MONTHS[jalali[1] - 1] + " " + jalali[0] + " - " + time);
        case 3 -> persianDigits(jalali[2] + " " + JALALI_MONTHS[jalali[1] - 1] + "ماه " + jalali[0]);
        case 4 -> day + "T" + time + ":" + two(seconds % 60) + "+03:30";
        case 5 -> jalali[0] + two(jalali[1]) + two(jalali[2]);
        default -> persianDigits(day.getDayOfMonth() + " " + GREGORIAN_MONTHS_FA[day.getMonthValue() - 1] + " "
            + day.getYear());
      };
    }
    String weekday = day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    String month = day.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    return switch (random.nextInt(ENGLISH_FORMATS)) {
      case 0 -> day.toString();
      case 1 -> day.toString().replace("-", "");
      case 2 -> weekday + ", " + two(day.getDayOfMonth()) + " " + month + " " + day.getYear() + " " + time + ":"
          + two(seconds % 60) + " GMT";
      case 3 -> day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day.getDayOfMonth() + ", "
          + day.getYear();
      case 4 -> day + "T" + time + ":" + two(seconds % 60) + "Z";
      case 5 -> day + " " + time + ":" + two(seconds % 60);
      default -> day.getDayOfMonth() + " " + month + " " + day.getYear();
    };
  }

  /** A date line as boilerplate in the article body (never read as the publication date). */
  String bodyDate(LocalDate day, String language) {
    if (language.equals("fa")) {
      int[] jalali = jalali(day);
      return persianDigits(WEEKDAYS_FA[day.getDayOfWeek().ordinal()] + " " + jalali[2] + " "
          + JALALI_MONTHS[jalali[1] - 1] + " " + jalali[0]);
    }
    return day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + day.getDayOfMonth() + " "
        + day.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + day.getYear();
  }

  /** {year, month, day} of the Jalali date of {@code day}. */
  int[] jalali(LocalDate day) {
    return jalaliByDay.computeIfAbsent(day.toEpochDay(), epochDay -> {
      calendar.setTimeInMillis(epochDay * 86_400_000L);
      return new int[] {calendar.get(PersianCalendar.EXTENDED_YEAR), calendar.get(PersianCalendar.MONTH) + 1,
          calendar.get(PersianCalendar.DAY_OF_MONTH)};
    });
  }

  static String persianDigits(String text) {
    StringBuilder result = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      result.append(c >= '0' && c <= '9' ? (char) ('\u06F0' + (c - '0')) : c);
    }
    return result.toString();
  }

  private static String two(int value) {
    return value < 10 ? "0" + value : Integer.toString(value);
  }
}
