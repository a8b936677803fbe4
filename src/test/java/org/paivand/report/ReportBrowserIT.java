package org.paivand.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paivand.spark.SharedSpark;

/**
 * The report opened in a real headless browser (Debian's Chromium), offline: every chart loads, the tables hold the
 * fixture's rows, Persian sentences resolve right to left and English ones left to right, and the page asks for
 * nothing but its own files. The page has no script; the test loads a copy with a checking script appended, which
 * records what it finds as attributes of {@code <body>} for {@code --dump-dom} to print. Without Chromium the test
 * fails and says how to install it.
 */
class ReportBrowserIT {
  static final String CHECK = """
      <script>
      window.addEventListener('load', function () {
        var images = Array.from(document.images);
        var loaded = images.filter(function (i) { return i.complete && i.naturalWidth > 0; });
        document.body.setAttribute('data-images', images.length);
        document.body.setAttribute('data-images-loaded', loaded.length);
        var remote = performance.getEntriesByType('resource').map(function (e) { return e.name; })
            .filter(function (n) { return n.indexOf('file:') !== 0 && n.indexOf('data:') !== 0; });
        document.body.setAttribute('data-remote-requests', remote.length);
        document.querySelectorAll('blockquote.sentence').forEach(function (q) {
          q.setAttribute('data-direction', q.matches(':dir(rtl)') ? 'rtl' : 'ltr');
        });
        document.body.setAttribute('data-checked', 'yes');
      });
      </script>
      """;

  static final Path HOME = Path.of(System.getProperty("paivand.repo", ".")).toAbsolutePath();

  @TempDir static Path work;
  static Path output;
  static Path report;
  static String dom;

  @BeforeAll
  static void writeAndOpen() throws Exception {
    output = ReportFixtures.write(work.resolve("out"));
    // the fixture's periods hold 5 to 20 articles: a minimum volume of 1 draws them all as shares
    WriteReport.run(SharedSpark.session(), new ReportOptions(output.toString(), null,
        List.of(List.of("IR", "RU"), List.of("AM", "AZ")), List.of("day", "week", "month"), "document", 20, 50, 3,
        1));
    report = output.resolve("report");
    Path view = work.resolve("view");
    copy(report, view);
    String page = Files.readString(view.resolve("index.html"), StandardCharsets.UTF_8);
    Files.writeString(view.resolve("check.html"), page.replace("</body>", CHECK + "</body>"), StandardCharsets.UTF_8);
    dom = chromium("--virtual-time-budget=10000", "--dump-dom", view.resolve("check.html").toUri().toString());
  }

  @Test
  void theCheckingScriptRanAndEveryChartLoaded() {
    assertTrue(dom.contains("data-checked=\"yes\""), "the check did not run:\n" + dom);
    assertEquals("4", attribute("data-images"), "two pairs by day and month; no week rows");
    assertEquals("4", attribute("data-images-loaded"), "charts that did not load");
  }

  @Test
  void noRequestLeavesTheMachine() throws IOException {
    assertEquals("0", attribute("data-remote-requests"));
    String page = Files.readString(report.resolve("index.html"), StandardCharsets.UTF_8);
    assertFalse(page.contains("http://") || page.contains("https://"), "a URL in the page");
  }

  @Test
  void tablesHoldTheFixtureRows() {
    assertEquals(3, count("<tr><td class=\"number\">\\d+</td><td><bdi>"), "top pairs");
    assertEquals(4, count("<tr id=\"spike-\\d+\">"), "spikes");
    assertEquals(4, count("<div class=\"spike-examples\" id=\"examples-\\d+\">"), "examples per spike");
    assertTrue(dom.contains("<a href=\"#examples-1\">3 sentences</a>"), dom);
    assertTrue(dom.contains("<tr><th>rows read</th><td class=\"number\">25</td></tr>"), dom);
    assertTrue(dom.contains("<tr><th>invalid_date</th><td class=\"number\">2</td></tr>"), dom);
  }

  @Test
  void persianSentencesReadRightToLeftAndEnglishLeftToRight() {
    assertEquals("rtl", direction(ReportFixtures.F1_SENTENCE));
    assertEquals("rtl", direction(ReportFixtures.A1_SENTENCE));
    // a serialized DOM escapes & < > in text, not quotes
    assertEquals("ltr", direction(ReportFixtures.E1_SENTENCE.replace("&", "&amp;").replace("<", "&lt;")
        .replace(">", "&gt;")));
  }

  @Test
  void theScreenshotShowsTheCharts() throws Exception {
    Path shot = work.resolve("screenshot.png");
    chromium("--window-size=1000,1400", "--screenshot=" + shot, report.resolve("index.html").toUri().toString());
    BufferedImage image = ImageIO.read(shot.toFile());
    assertEquals(1000, image.getWidth());
    assertTrue(SeriesChartTest.pixelsNear(image, SeriesChart.SHARE) > 400, "the first chart's share line");
    assertTrue(SeriesChartTest.pixelsNear(image, SeriesChart.BAND) > 2000, "the intervals' bands");
    // kept for a person to look at after the build
    Path kept = HOME.resolve("target/report-browser-it");
    Files.createDirectories(kept);
    Files.copy(shot, kept.resolve("screenshot.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  /** bin/paivand report as a user runs it: the application jar, its relocated JFreeChart, no display. */
  @Test
  void theLauncherWritesTheReport() throws Exception {
    Path launched = work.resolve("launched");
    Launched result = paivand("report", "--output", output.toString(), "--report-dir",
        launched.toString(), "--granularity", "month");
    assertEquals(0, result.exitCode(), result.err());
    assertTrue(result.out().contains("report written: ") && result.out().contains(launched + "/index.html"),
        result.out());
    BufferedImage chart = ImageIO.read(launched.resolve("charts/IR-RU-month.png").toFile());
    assertEquals(SeriesChart.WIDTH, chart.getWidth());
    assertTrue(Files.readString(launched.resolve("index.html")).contains("id=\"spike-1\""));
  }

  /** demo, then report, with no command between: an output without timeseries gets one, and says so. */
  @Test
  void theLauncherBuildsAMissingTimeseriesFirst() throws Exception {
    Path without = work.resolve("without-timeseries");
    copy(output, without);
    deleteTree(without.resolve("timeseries"));
    deleteTree(without.resolve("report"));
    Launched result = paivand("report", "--output", without.toString(), "--granularity", "day");
    assertEquals(0, result.exitCode(), result.err());
    assertTrue(result.err().contains("has no timeseries table; building it first"), result.err());
    assertTrue(Files.isDirectory(without.resolve("timeseries")), "the table is kept in the output");
    String page = Files.readString(without.resolve("report/index.html"));
    // the rebuilt table follows the default watchlist: both pairs are charted by day
    assertTrue(page.contains("charts/IR-RU-day.png") && page.contains("charts/AM-AZ-day.png"), page);
  }

  @Test
  void theLauncherRefusesWhatIsNotAnOutput() throws Exception {
    Path bare = work.resolve("bare");
    Files.createDirectories(bare);
    Files.writeString(bare.resolve("_run.json"), ReportFixtures.RUN_JSON);
    Launched result = paivand("report", "--output", bare.toString());
    assertEquals(2, result.exitCode(), result.err());
    assertTrue(result.err().contains("is not a paivand output"), result.err());
    assertTrue(result.err().contains("has no pairs_daily table"), result.err());
    assertFalse(Files.exists(bare.resolve("report")), "nothing written");
  }

  private static void deleteTree(Path root) throws IOException {
    if (Files.exists(root)) {
      try (Stream<Path> paths = Files.walk(root)) {
        for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }

  private static String direction(String text) {
    Matcher quote = Pattern.compile("<blockquote [^>]*data-direction=\"(\\w+)\"[^>]*>" + Pattern.quote(text))
        .matcher(dom);
    assertTrue(quote.find(), "no checked blockquote for " + text);
    return quote.group(1);
  }

  private static String attribute(String name) {
    Matcher body = Pattern.compile("<body[^>]* " + name + "=\"([^\"]*)\"").matcher(dom);
    assertTrue(body.find(), name + " not set on body");
    return body.group(1);
  }

  private static int count(String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(dom);
    int n = 0;
    while (matcher.find()) {
      n++;
    }
    return n;
  }

  record Launched(int exitCode, String out, String err) {}

  /** bin/paivand in a process of its own, as LauncherIT runs it. */
  static Launched paivand(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(HOME.resolve("bin/paivand").toString()));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).directory(HOME.toFile());
    builder.environment().put("PAIVAND_HEAP", "1g");
    Path out = Files.createTempFile(work, "paivand-out", ".txt");
    Path err = Files.createTempFile(work, "paivand-err", ".txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("bin/paivand " + String.join(" ", arguments) + " did not finish in 10 minutes");
    }
    return new Launched(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  /** Runs headless Chromium offline with a fresh profile and returns what it prints. */
  static String chromium(String... arguments) throws IOException, InterruptedException {
    Path binary = Stream.of(System.getenv("PAIVAND_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser")
        .filter(p -> p != null && Files.isExecutable(Path.of(p))).map(Path::of).findFirst()
        .orElseThrow(() -> new AssertionError("Chromium is needed to check the report page and is not installed:"
            + " install it with `apt-get install -y chromium` (Debian; .ci/run does this) or point PAIVAND_CHROMIUM"
            + " at a Chromium or Chrome binary"));
    List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--hide-scrollbars",
        "--user-data-dir=" + Files.createTempDirectory(work, "chromium-profile")));
    command.addAll(List.of(arguments));
    Path out = Files.createTempFile(work, "chromium-out", ".txt");
    Path err = Files.createTempFile(work, "chromium-err", ".txt");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("chromium did not finish in 3 minutes: " + Files.readString(err));
    }
    assertEquals(0, process.exitValue(), "chromium failed: " + Files.readString(err));
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }
}
