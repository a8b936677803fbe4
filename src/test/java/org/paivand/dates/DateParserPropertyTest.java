package org.paivand.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Property: the parser never throws on any string; it returns a date or one of the {@link DateRejection} reasons with
 * a detail. Strings are built from digits of three scripts, every month and weekday name the parser knows, time and
 * zone pieces, separators and arbitrary characters, so that they reach deep into {@link DateReader} and
 * {@link TimeReader} and not only the "unrecognized" exit.
 *
 * <p>The other date property of issue 10, Jalali to Gregorian and back being the identity for every day from 1300 to
 * 1500 AP, is {@link RoundTripTest}: every such day, formatted by ICU three ways, parses back to ICU's Gregorian day.
 */
class DateParserPropertyTest {
  private static final Set<String> REASONS =
      Set.of(DateRejection.MISSING_DATE, DateRejection.INVALID_DATE, DateRejection.DATE_OUT_OF_RANGE);
  private static final List<String> PIECES = List.of(
      "/", "-", ".", " ", ":", ",", "T", "Z", "+", "+03:30", "-04:00", "GMT", "UTC", "am", "pm", "ق.ظ", "ب.ظ", "ساعت",
      "\u200C", "\u00A0", "\u060C", "\u066B", "\u202B", "\n", "\t", "\uD800", "\u0000", "۱۳۹۹", "1399", "2020", "۰۷",
      "07", "15", "31", "29", "00", "24:00", "23:59:59", "1300", "1500", "1899", "2101", "99999999999", "1e3", "0x",
      "امروز", "Tuesday,", "of", "th");

  private final PublicationDateParser parser = new PublicationDateParser(DateChecks.TEHRAN);

  @Property(tries = 3000)
  void neverThrowsAndReturnsADateOrAReason(@ForAll("dateLikeStrings") String raw) {
    DateParse result = parser.parse(raw);
    assertNotNull(result);
    if (!result.isValid()) {
      assertTrue(REASONS.contains(result.reason()), () -> "unknown reason " + result.reason() + " for '" + raw + "'");
      assertTrue(!result.detail().isBlank(), () -> "empty detail for '" + raw + "'");
    }
  }

  @Property(tries = 1000)
  void neverThrowsOnArbitraryStrings(@ForAll String raw) {
    assertNotNull(parser.parse(raw));
  }

  @Property(tries = 500)
  void reusingTheParserDoesNotChangeResults(@ForAll("dateLikeStrings") String first,
      @ForAll("dateLikeStrings") String second) {
    DateParse alone = new PublicationDateParser(DateChecks.TEHRAN).parse(second);
    parser.parse(first);
    assertEquals(alone, parser.parse(second), () -> "'" + second + "' after '" + first + "'");
  }

  @Provide
  Arbitrary<String> dateLikeStrings() {
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        Tuple.of(5, Arbitraries.strings().withChars("0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩").ofMinLength(1).ofMaxLength(5)),
        Tuple.of(4, Arbitraries.of(names())),
        Tuple.of(4, Arbitraries.of(PIECES)),
        Tuple.of(1, Arbitraries.strings().ofMaxLength(3)));
    return piece.list().ofMaxSize(9).map(pieces -> String.join("", pieces));
  }

  /** Every month and weekday name the parser knows, with the month word. */
  private static List<String> names() {
    List<String> names = new ArrayList<>();
    Stream.of(
            CalendarNames.JALALI_MONTHS, CalendarNames.GREGORIAN_MONTHS_PERSIAN, CalendarNames.GREGORIAN_MONTHS_ENGLISH)
        .flatMap(Arrays::stream).flatMap(Arrays::stream).forEach(names::add);
    names.addAll(Arrays.asList(CalendarNames.JALALI_MONTHS_IN_ENGLISH));
    names.addAll(Arrays.asList(CalendarNames.PERSIAN_WEEKDAYS));
    names.addAll(Arrays.asList(CalendarNames.PERSIAN_WEEKDAY_PREFIXES));
    names.addAll(Arrays.asList(CalendarNames.ENGLISH_WEEKDAYS));
    names.add(CalendarNames.MONTH_WORD);
    names.add(" " + CalendarNames.MONTH_WORD + " ");
    return names;
  }
}
