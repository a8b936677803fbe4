package org.paivand.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The page as text: escaping, right-to-left text, anchors that resolve, nothing from the network. */
class ReportHtmlTest {
  static final String PERSIAN = "ايران و روسيه <توافق> کردند";
  static final String HOSTILE = "</blockquote><script>alert(1)</script> & \"quoted\"";

  static ReportPage page(boolean sentenceTexts) {
    PairSeries irRu = new PairSeries("IR", "RU", "month", "document", List.of(
        new SeriesPoint(LocalDate.of(2020, 9, 1), "2020-09", 1, 100, 0.01, null, null, false),
        new SeriesPoint(LocalDate.of(2020, 10, 1), "2020-10", 9, 100, 0.09, 0.05, 4.0, true)));
    PairSeries amAzWeek = new PairSeries("AM", "AZ", "week", "document", List.of());
    Spike spike = new Spike("IR", "RU", "month", "document", LocalDate.of(2020, 10, 1), LocalDate.of(2020, 11, 1),
        "2020-10", 9, 100, 0.09, 4.0, List.of(
            new Example("fa-1", LocalDate.of(2020, 10, 6), 0, List.of("IR", "RU"), sentenceTexts ? PERSIAN : null),
            new Example("en-<2>", LocalDate.of(2020, 10, 7), 3, List.of("IR"), sentenceTexts ? HOSTILE : null)));
    Spike quiet = new Spike("AM", "AZ", "day", "document", LocalDate.of(2020, 10, 7), LocalDate.of(2020, 10, 8),
        "2020-10-07", 3, 10, 0.3, 3.0, List.of());
    Reconciliation run = new Reconciliation("run-1", "2020-10-11T00:00:00Z", 10, 6, 3, 1, 0, true,
        Map.of("missing_text", 1L, "invalid_date", 2L), "2020-09-01", "2020-10-31");
    return new ReportPage("/data/out", run, "document", List.of("month"), 20,
        List.of(new ReportPage.Chart(irRu, "charts/IR-RU-month.png"), new ReportPage.Chart(amAzWeek, null)),
        List.of(new TopPair("IR", "RU", 10, 20, 15, 100)), "From pairs_daily.", List.of(spike, quiet), 2,
        sentenceTexts);
  }

  @Test
  void articleTextIsEscapedAndReadsInItsOwnDirection() {
    String html = ReportHtml.render(page(true));
    assertFalse(html.contains("<script>"), "article text must not become markup");
    assertTrue(html.contains("&lt;/blockquote&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot;"));
    assertTrue(html.contains("<blockquote class=\"sentence\" dir=\"auto\">ايران و روسيه &lt;توافق&gt; کردند"
        + "</blockquote>"), html);
    assertTrue(html.contains("article <bdi>en-&lt;2&gt;</bdi>"), html);
  }

  @Test
  void everySpikeLinksToItsExamplesAndBack() {
    String html = ReportHtml.render(page(true));
    Matcher links = Pattern.compile("href=\"#([^\"]+)\"").matcher(html);
    int count = 0;
    while (links.find()) {
      count++;
      assertTrue(html.contains("id=\"" + links.group(1) + "\""), "no target for #" + links.group(1));
    }
    assertEquals(4 + 2 + 2, count, "navigation, spike to examples, examples back to spike");
    assertTrue(html.contains("<a href=\"#examples-1\">2 sentences</a>"), html);
    assertTrue(html.contains("<a href=\"#examples-2\">0 sentences</a>"), html);
    assertTrue(html.contains("No sentence of this period names these entities"), html);
  }

  @Test
  void chartsAreRelativeFilesAndMissingSeriesAreSaid() {
    String html = ReportHtml.render(page(true));
    assertTrue(html.contains("<img src=\"charts/IR-RU-month.png\" width=\"800\" height=\"" + SeriesChart.HEIGHT
        + "\""), html);
    assertTrue(html.contains("2 periods from 2020-09 to 2020-10, 0 with fewer than 20 articles, 1 spike."), html);
    assertTrue(html.contains("No rows for AM \u2013 AZ by week at document scope"), html);
  }

  @Test
  void nothingComesFromTheNetwork() {
    String html = ReportHtml.render(page(true));
    assertFalse(html.contains("http:") || html.contains("https:") || html.contains("//"), "a URL in the page");
    assertFalse(html.contains("<script"), "the page needs no script");
    assertFalse(html.contains("@import") || html.contains("url("), "no style sheet or font fetched");
  }

  @Test
  void reconciliationAddsUpAndListsRejectsByReason() {
    String html = ReportHtml.render(page(true));
    assertTrue(html.contains("<tr><th>rows read</th><td class=\"number\">10</td></tr>"), html);
    assertTrue(html.contains("<tr><th>used + rejected + duplicate + unreadable</th><td class=\"number\">10</td>"),
        html);
    assertTrue(html.contains("<tr><th>reconciled</th><td>yes</td></tr>"), html);
    assertTrue(html.indexOf("<th>invalid_date</th><td class=\"number\">2</td>")
        < html.indexOf("<th>missing_text</th><td class=\"number\">1</td>"), "reasons in order");
  }

  @Test
  void topPairsShowShareAndNpmi() {
    String html = ReportHtml.render(page(true));
    String npmi = String.format(java.util.Locale.ROOT, "%.3f", new TopPair("IR", "RU", 10, 20, 15, 100).npmi());
    assertTrue(html.contains("<td class=\"number\">10.00%</td><td class=\"number\">" + npmi + "</td>"), html);
  }

  @Test
  void anOlderOutputWithoutSentenceTextsSaysSo() {
    String html = ReportHtml.render(page(false));
    assertTrue(html.contains("has no <code>sentence_text</code>"), html);
    assertFalse(html.contains("<blockquote"), html);
    assertTrue(html.contains("article <bdi>fa-1</bdi>, 2020-10-06, sentence 0, names IR and RU"), html);
  }
}
