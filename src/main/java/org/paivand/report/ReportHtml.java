package org.paivand.report;

import java.util.Locale;
import java.util.Map;
import org.paivand.stats.ShareInterval;

/**
 * Writes the report page: one self-contained HTML file with no script and nothing fetched from the network (no CDN,
 * no web fonts); the charts are PNG files beside it, referenced by relative paths. Every value from the data is
 * escaped; text from articles goes into elements with {@code dir="auto"} so that Persian sentences read right to left
 * and English ones left to right, and ids and numbers inside them are isolated with {@code <bdi>}.
 */
public final class ReportHtml {
  private static final String DASH = "\u2013";
  private static final String STYLE = """
      body { font-family: system-ui, "DejaVu Sans", sans-serif; margin: 1.5em auto; max-width: 62em; color: #222; }
      table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
      th, td { border: 1px solid #ccc; padding: 0.25em 0.6em; text-align: start; }
      td.number { text-align: end; font-variant-numeric: tabular-nums; }
      figure { margin: 1em 0 2em; }
      figcaption, .meta { color: #555; font-size: 0.9em; }
      blockquote { margin: 0.3em 0 0.8em; padding: 0.3em 0.8em; border-inline-start: 3px solid #d62728;
        background: #fafafa; }
      .missing { color: #8a4b00; }
      nav a { margin-inline-end: 1em; }
      """;

  private ReportHtml() {}

  public static String render(ReportPage page) {
    StringBuilder html = new StringBuilder(16 * 1024);
    html.append("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>paivand report: ").append(Html.escape(page.output())).append("</title>\n")
        .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
    html.append("<h1>paivand report</h1>\n<p>Output <code>").append(Html.escape(page.output())).append("</code>");
    Reconciliation run = page.reconciliation();
    html.append(", run <code>").append(Html.escape(run.runId())).append("</code>");
    if (run.firstDate() != null) {
      html.append(", articles published ").append(Html.escape(run.firstDate())).append(" to ")
          .append(Html.escape(run.lastDate()));
    }
    html.append(". Scope: ").append(Html.escape(page.scope())).append(".</p>\n");
    html.append("<nav><a href=\"#series\">Watchlist series</a><a href=\"#top-pairs\">Top pairs</a>")
        .append("<a href=\"#spikes\">Spikes</a><a href=\"#reconciliation\">Reconciliation</a></nav>\n");
    series(html, page);
    topPairs(html, page);
    spikes(html, page);
    examples(html, page);
    reconciliation(html, run);
    html.append("</body>\n</html>\n");
    return html.toString();
  }

  private static void series(StringBuilder html, ReportPage page) {
    html.append("<section id=\"series\">\n<h2>Watchlist series</h2>\n<p>Top of each chart: the share of all ")
        .append("articles of each period that mention both entities (thin blue line) inside its 95% interval (light ")
        .append("blue band, Wilson score: how far the share could be from the true rate by chance alone), its rolling ")
        .append("mean (thick orange line) and spikes (red dots), from the <code>timeseries</code> table. Periods with ")
        .append("fewer than ").append(page.minVolume()).append(" articles are grey gaps, not values: their share ")
        .append("says little (<code>--min-volume</code>). Bottom: the volume behind each share, all articles of the ")
        .append("period (N, grey bars) and those naming both (n<sub>ab</sub>, dark blue line, right axis).</p>\n");
    for (ReportPage.Chart chart : page.charts()) {
      PairSeries series = chart.series();
      String name = series.pairName() + " by " + series.granularity().replace('_', ' ');
      if (!chart.hasRows()) {
        html.append("<p class=\"missing\" id=\"series-").append(series.slug()).append("\">No rows for ")
            .append(Html.escape(name)).append(" at ").append(Html.escape(series.scope()))
            .append(" scope in <code>timeseries</code>: the pair is not on the watchlist of the run that wrote it")
            .append(" and below its minimum support, or the granularity was not written.</p>\n");
        continue;
      }
      SeriesPoint last = series.points().get(series.points().size() - 1);
      html.append("<figure id=\"series-").append(series.slug()).append("\">\n<img src=\"")
          .append(Html.escape(chart.file())).append("\" width=\"").append(SeriesChart.WIDTH).append("\" height=\"")
          .append(SeriesChart.HEIGHT).append("\" alt=\"").append(Html.escape("share of articles, " + name))
          .append("\">\n<figcaption>").append(Html.escape(name)).append(": ").append(series.points().size())
          .append(" periods from ").append(Html.escape(series.points().get(0).label())).append(" to ")
          .append(Html.escape(last.label())).append(", ").append(thin(series, page.minVolume()))
          .append(" with fewer than ").append(page.minVolume()).append(" articles, ").append(series.spikeCount())
          .append(series.spikeCount() == 1 ? " spike" : " spikes").append(shown(series, page.minVolume()))
          .append(".</figcaption>\n")
          .append("</figure>\n");
    }
    html.append("</section>\n");
  }

  private static void topPairs(StringBuilder html, ReportPage page) {
    html.append("<section id=\"top-pairs\">\n<h2>Top pairs</h2>\n<p>").append(Html.escape(page.topPairsSource()))
        .append("</p>\n<table id=\"top-pairs-table\">\n<thead><tr><th>#</th><th>pair</th><th>articles with both</th>")
        .append("<th>with the first</th><th>with the second</th><th>share of all articles</th><th>NPMI</th></tr>")
        .append("</thead>\n<tbody>\n");
    int rank = 0;
    for (TopPair pair : page.topPairs()) {
      rank++;
      html.append("<tr><td class=\"number\">").append(rank).append("</td><td><bdi>")
          .append(Html.escape(pair.entityA())).append("</bdi> ").append(DASH).append(" <bdi>")
          .append(Html.escape(pair.entityB())).append("</bdi></td>")
          .append(number(pair.pairArticles())).append(number(pair.aArticles())).append(number(pair.bArticles()))
          .append(cell(percent((double) pair.pairArticles() / pair.totalArticles())))
          .append(cell(pair.npmi() == null ? DASH : String.format(Locale.ROOT, "%.3f", pair.npmi())))
          .append("</tr>\n");
    }
    html.append("</tbody>\n</table>\n</section>\n");
  }

  private static void spikes(StringBuilder html, ReportPage page) {
    html.append("<section id=\"spikes\">\n<h2>Spikes</h2>\n<p>");
    if (page.spikesTotal() == 0) {
      html.append("No period of any pair is a spike at these granularities (")
          .append(Html.escape(String.join(", ", page.granularities()))).append(").</p>\n</section>\n");
      return;
    }
    html.append("Periods where a pair's share stands out from its baseline (<code>spike</code> in ")
        .append("<code>timeseries</code>), strongest first");
    if (page.spikesTotal() > page.spikes().size()) {
      html.append(": the ").append(page.spikes().size()).append(" strongest of ").append(page.spikesTotal());
    }
    html.append(". Granularities: ").append(Html.escape(String.join(", ", page.granularities()))).append(".</p>\n")
        .append("<table id=\"spikes-table\">\n<thead><tr><th>pair</th><th>granularity</th><th>period</th>")
        .append("<th>articles with both</th><th>all articles</th><th>share</th><th>95% interval</th>")
        .append("<th>z-score</th>")
        .append("<th>examples</th></tr></thead>\n<tbody>\n");
    for (int i = 0; i < page.spikes().size(); i++) {
      Spike spike = page.spikes().get(i);
      html.append("<tr id=\"").append(ReportPage.spikeAnchor(i)).append("\"><td><bdi>")
          .append(Html.escape(spike.entityA())).append("</bdi> ").append(DASH).append(" <bdi>")
          .append(Html.escape(spike.entityB())).append("</bdi></td><td>")
          .append(Html.escape(spike.granularity())).append("</td><td><bdi>").append(Html.escape(spike.label()))
          .append("</bdi></td>").append(number(spike.pairArticles())).append(number(spike.totalArticles()))
          .append(cell(percent(spike.share()))).append(cell(interval(spike.pairArticles(), spike.totalArticles())))
          .append(cell(String.format(Locale.ROOT, "%.2f", spike.zscore())))
          .append("<td><a href=\"#").append(ReportPage.examplesAnchor(i)).append("\">")
          .append(spike.examples().size()).append(spike.examples().size() == 1 ? " sentence" : " sentences")
          .append("</a></td></tr>\n");
    }
    html.append("</tbody>\n</table>\n</section>\n");
  }

  private static void examples(StringBuilder html, ReportPage page) {
    if (page.spikes().isEmpty()) {
      return;
    }
    html.append("<section id=\"examples\">\n<h2>Example sentences</h2>\n<p>Up to three sentences per spike from ")
        .append("the <code>mentions</code> table, published in the spike's period: sentences naming both entities ")
        .append("first, then sentences naming one of them in articles that name both.");
    if (!page.sentenceTexts()) {
      html.append(" <span class=\"missing\">Some sentences could not be read: this output's <code>mentions</code>")
          .append(" has no <code>sentence_text</code> (runs keep it with <code>--mentions-text</code>), and the")
          .append(" inputs its <code>_run.json</code> names could not be read again; their article and index are")
          .append(" listed.</span>");
    }
    html.append("</p>\n");
    for (int i = 0; i < page.spikes().size(); i++) {
      Spike spike = page.spikes().get(i);
      html.append("<div class=\"spike-examples\" id=\"").append(ReportPage.examplesAnchor(i)).append("\">\n<h3><bdi>")
          .append(Html.escape(spike.entityA())).append("</bdi> ").append(DASH).append(" <bdi>")
          .append(Html.escape(spike.entityB())).append("</bdi>, <bdi>").append(Html.escape(spike.label()))
          .append("</bdi> (").append(Html.escape(spike.granularity())).append(")</h3>\n");
      if (spike.examples().isEmpty()) {
        html.append("<p class=\"missing\">No sentence of this period names these entities in <code>mentions</code>.")
            .append("</p>\n");
      } else {
        html.append("<ol>\n");
        for (int e = 0; e < spike.examples().size(); e++) {
          Example example = spike.examples().get(e);
          html.append("<li id=\"example-").append(i + 1).append('-').append(e + 1).append("\"><span class=\"meta\">")
              .append("article <bdi>").append(Html.escape(example.articleId())).append("</bdi>, ")
              .append(example.pubDate()).append(", sentence ").append(example.sentence()).append(", names ")
              .append(Html.escape(String.join(" and ", example.entities()))).append("</span>\n");
          if (example.text() != null) {
            html.append("<blockquote class=\"sentence\" dir=\"auto\">").append(Html.escape(example.text()))
                .append("</blockquote>");
          }
          html.append("</li>\n");
        }
        html.append("</ol>\n");
      }
      html.append("<p><a href=\"#").append(ReportPage.spikeAnchor(i)).append("\">back to the spike</a></p>\n</div>\n");
    }
    html.append("</section>\n");
  }

  private static void reconciliation(StringBuilder html, Reconciliation run) {
    html.append("<section id=\"reconciliation\">\n<h2>Run reconciliation</h2>\n<p>From <code>_run.json</code>")
        .append(run.finishedAt() == null ? "" : " (run finished " + Html.escape(run.finishedAt()) + ")")
        .append(": every input row is used, rejected, a duplicate id, or unreadable.</p>\n")
        .append("<table id=\"reconciliation-table\">\n<tbody>\n");
    row(html, "rows read", run.rowsRead());
    row(html, "used", run.rowsUsed());
    row(html, "rejected", run.rowsRejected());
    row(html, "duplicate", run.rowsDuplicate());
    row(html, "unreadable", run.rowsUnreadable());
    html.append("<tr><th>used + rejected + duplicate + unreadable</th>").append(number(run.accountedFor()))
        .append("</tr>\n<tr><th>reconciled</th><td>")
        .append(run.reconciled() && run.accountedFor() == run.rowsRead() ? "yes" : "NO")
        .append("</td></tr>\n</tbody>\n</table>\n");
    html.append("<h3>Rejects by reason</h3>\n");
    if (run.rejectsByReason().isEmpty()) {
      html.append("<p>No row was rejected.</p>\n");
    } else {
      html.append("<table id=\"rejects-table\">\n<thead><tr><th>reason</th><th>rows</th></tr></thead>\n<tbody>\n");
      run.rejectsByReason().entrySet().stream().sorted(Map.Entry.comparingByKey())
          .forEach(entry -> row(html, entry.getKey(), entry.getValue()));
      html.append("</tbody>\n</table>\n");
    }
    html.append("<p>Reasons are explained in <code>docs/outputs.md</code>; the rows are in <code>rejects/</code>.</p>")
        .append("\n</section>\n");
  }

  private static void row(StringBuilder html, String name, long value) {
    html.append("<tr><th>").append(Html.escape(name)).append("</th>").append(number(value)).append("</tr>\n");
  }

  private static String number(long value) {
    return "<td class=\"number\">" + value + "</td>";
  }

  private static String cell(String text) {
    return "<td class=\"number\">" + Html.escape(text) + "</td>";
  }

  /** Says which periods the chart shows when it leaves out thin ones at either end. */
  private static String shown(PairSeries series, long minVolume) {
    SeriesChart.Span span = SeriesChart.drawn(series, minVolume);
    if (span == null) {
      return "; no period has enough articles to draw a share";
    }
    if (span.first() == 0 && span.last() == series.points().size() - 1) {
      return "";
    }
    return "; the chart shows " + Html.escape(series.points().get(span.first()).label()) + " to "
        + Html.escape(series.points().get(span.last()).label()) + ", from the first to the last period with enough"
        + " articles";
  }

  private static long thin(PairSeries series, long minVolume) {
    return series.points().stream().filter(point -> point.thin(minVolume)).count();
  }

  /** {@code 4.10–6.37%}: the Wilson interval of the share, as the charts' band. */
  private static String interval(long pairArticles, long totalArticles) {
    ShareInterval interval = ShareInterval.wilson(pairArticles, totalArticles);
    return interval == null ? DASH : String.format(Locale.ROOT, "%.2f%s%.2f%%", interval.low() * 100, DASH,
        interval.high() * 100);
  }

  private static String percent(Double share) {
    return share == null || share.isNaN() ? DASH : String.format(Locale.ROOT, "%.2f%%", share * 100);
  }
}
