package org.paivand.dates;

/**
 * The month and weekday names the parser knows, in their folded form (see {@link DateCharacters}: Persian yeh and
 * keheh, lower-case English). Each month table is indexed by month number minus one and lists every accepted
 * spelling of that month.
 *
 * <p>Jalali (Solar Hijri) months, {@link #JALALI_MONTHS}:
 *
 * <ol>
 *   <li>فروردین Farvardin
 *   <li>اردیبهشت Ordibehesht
 *   <li>خرداد Khordad
 *   <li>تیر Tir
 *   <li>مرداد, also امرداد, Mordad
 *   <li>شهریور Shahrivar
 *   <li>مهر Mehr
 *   <li>آبان Aban
 *   <li>آذر Azar
 *   <li>دی Dey
 *   <li>بهمن Bahman
 *   <li>اسفند Esfand
 * </ol>
 *
 * <p>Afghanistan writes the same solar months with the zodiac names of the Dari calendar, which the table accepts as
 * spellings of the same months: حمل ثور جوزا (جوزای) سرطان اسد سنبله میزان عقرب قوس جدی دلو حوت.
 *
 * <p>Any Jalali month may be followed by {@link #MONTH_WORD} ماه, written apart ({@code مهر ماه}) or attached
 * ({@code مهرماه}).
 *
 * <p>Gregorian months written in Persian, {@link #GREGORIAN_MONTHS_PERSIAN}: ژانویه, فوریه, مارس, آوریل, مه or می,
 * ژوئن, ژوئیه or جولای, اوت or آگوست, سپتامبر, اکتبر, نوامبر, دسامبر; and their Afghan (Dari) forms جنوری, فبروری,
 * مارچ, اپریل, جون, اگست, سپتمبر, اکتوبر, نومبر, دسمبر.
 *
 * <p>Gregorian months in English, {@link #GREGORIAN_MONTHS_ENGLISH}: full names and three-letter abbreviations,
 * plus {@code sept}.
 *
 * <p>Weekdays, which the parser skips before a date: Persian {@link #PERSIAN_WEEKDAYS} written as one word
 * ({@code سهشنبه}) or as a numeral prefix from {@link #PERSIAN_WEEKDAY_PREFIXES} and {@link #SATURDAY} ({@code سه
 * شنبه}, which is also what سه, a zero-width non-joiner and شنبه fold to); English {@link
 * #ENGLISH_WEEKDAYS}, full or abbreviated.
 */
final class CalendarNames {
  static final String[][] JALALI_MONTHS = {
    {"فروردین", "حمل"},
    {"اردیبهشت", "ثور"},
    {"خرداد", "جوزا", "جوزای"},
    {"تیر", "سرطان"},
    {"مرداد", "امرداد", "اسد"},
    {"شهریور", "سنبله"},
    {"مهر", "میزان"},
    {"آبان", "عقرب"},
    {"آذر", "قوس"},
    {"دی", "جدی"},
    {"بهمن", "دلو"},
    {"اسفند", "حوت"},
  };

  /** How detail messages name the Jalali months. */
  static final String[] JALALI_MONTHS_IN_ENGLISH = {
    "Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar",
    "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand",
  };

  static final String[][] GREGORIAN_MONTHS_PERSIAN = {
    {"ژانویه", "جنوری"},
    {"فوریه", "فبروری"},
    {"مارس", "مارچ"},
    {"آوریل", "اپریل"},
    {"مه", "می"},
    {"ژوئن", "جون"},
    {"ژوئیه", "جولای"},
    {"اوت", "آگوست", "اگست"},
    {"سپتامبر", "سپتمبر"},
    {"اکتبر", "اکتوبر"},
    {"نوامبر", "نومبر"},
    {"دسامبر", "دسمبر"},
  };

  static final String[][] GREGORIAN_MONTHS_ENGLISH = {
    {"january", "jan"},
    {"february", "feb"},
    {"march", "mar"},
    {"april", "apr"},
    {"may"},
    {"june", "jun"},
    {"july", "jul"},
    {"august", "aug"},
    {"september", "sep", "sept"},
    {"october", "oct"},
    {"november", "nov"},
    {"december", "dec"},
  };

  /** "Month", as in {@code ۱۵ مهر ماه ۱۳۹۹}. */
  static final String MONTH_WORD = "ماه";

  static final String SATURDAY = "شنبه";
  static final String[] PERSIAN_WEEKDAYS = {
    SATURDAY, "یکشنبه", "دوشنبه", "سهشنبه", "چهارشنبه", "پنجشنبه", "جمعه",
  };
  /** Written before {@link #SATURDAY} as a separate word: یک شنبه, دو شنبه, سه شنبه, چهار شنبه, پنج شنبه. */
  static final String[] PERSIAN_WEEKDAY_PREFIXES = {"یک", "دو", "سه", "چهار", "پنج"};

  static final String[] ENGLISH_WEEKDAYS = {
    "monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu", "thur", "thurs",
    "friday", "fri", "saturday", "sat", "sunday", "sun",
  };

  private CalendarNames() {}

  /** The month number (1-12) whose spellings in {@code table} include {@code text[start, end)}, or 0. */
  static int month(String[][] table, char[] text, int start, int end) {
    for (int month = 0; month < table.length; month++) {
      if (indexOf(table[month], text, start, end) >= 0) {
        return month + 1;
      }
    }
    return 0;
  }

  /** The index of {@code text[start, end)} in {@code names}, or -1. */
  static int indexOf(String[] names, char[] text, int start, int end) {
    for (int index = 0; index < names.length; index++) {
      if (equals(names[index], text, start, end)) {
        return index;
      }
    }
    return -1;
  }

  static boolean equals(String name, char[] text, int start, int end) {
    if (name.length() != end - start) {
      return false;
    }
    for (int index = 0; index < name.length(); index++) {
      if (name.charAt(index) != text[start + index]) {
        return false;
      }
    }
    return true;
  }
}
