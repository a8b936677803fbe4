package org.paivand.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The application jar for {@code spark-submit} ({@code target/paivand.jar}, built by the shade plugin at
 * {@code package}), checked after packaging (Failsafe): it holds paivand's classes and its own dependencies relocated
 * under {@code org.paivand.shaded}, nothing Spark provides, and the relocated ICU finds its CLDR data. The gazetteer
 * is built from ICU's country names, so a relocated ICU that silently lost its data would change what the job finds:
 * each check here compares the shaded code, loaded alone, with the original ICU and the unshaded classes.
 */
class ShadedJarIT {
  static final Path HOME = Path.of(System.getProperty("paivand.repo", ".")).toAbsolutePath();
  static final Path JAR = HOME.resolve("target/paivand.jar");
  static final String SHADED = "org.paivand.shaded.";

  @Test
  void holdsPaivandAndRelocatedDependenciesOnly() throws IOException {
    List<String> foreign = new ArrayList<>();
    try (JarFile jar = new JarFile(JAR.toFile())) {
      jar.stream().map(ZipEntry::getName)
          .filter(name -> !name.startsWith("org/paivand/") && !name.startsWith("META-INF/")
              && !name.equals("org/") && !name.equals("paivand-log4j2.properties"))
          .forEach(foreign::add);
      assertEquals(List.of(), foreign, "entries outside org/paivand/: an unrelocated dependency?");
      for (String expected : List.of("org/paivand/spark/run/CooccurrenceJob.class", "org/paivand/cli/PaivandCli.class",
          "org/paivand/gazetteer/countries.tsv", "org/paivand/shaded/com/ibm/icu/util/PersianCalendar.class",
          "org/paivand/shaded/com/ibm/icu/impl/data/icudata/region/fa.res",
          "org/paivand/shaded/picocli/CommandLine.class")) {
        assertTrue(jar.getEntry(expected) != null, "missing " + expected);
      }
      assertEquals("org.paivand.cli.PaivandCli", jar.getManifest().getMainAttributes().getValue("Main-Class"));
    }
  }

  @Test
  void relocatedIcuNamesEveryCountryAsIcuDoes() throws Exception {
    try (URLClassLoader shaded = isolated(JAR)) {
      for (String language : List.of("fa", "en")) {
        for (boolean shortForm : List.of(false, true)) {
          List<String> original = countryNames(ClassLoader.getSystemClassLoader(), "", language, shortForm);
          List<String> relocated = countryNames(shaded, SHADED, language, shortForm);
          assertEquals(original, relocated, language + (shortForm ? " short" : " long") + " country names");
        }
      }
      assertTrue(countryNames(shaded, SHADED, "fa", false).contains("IR ایران"), "CLDR data, not bare codes");
    }
  }

  @Test
  void gazetteerFromTheJarEqualsTheUnshadedOne() throws Exception {
    try (URLClassLoader shaded = isolated(JAR); URLClassLoader unshaded = unshaded()) {
      List<String> fromJar = aliases(shaded);
      assertEquals(aliases(unshaded), fromJar);
      assertTrue(fromJar.size() > 1000, "the gazetteer holds CLDR names in two languages: " + fromJar.size());
    }
  }

  @Test
  void jalaliDatesFromTheJarEqualTheUnshadedOnes() throws Exception {
    List<String> values = List.of("۱۵ مهر ۱۳۹۹", "1399/07/15", "1 فروردین 1400", "30 اسفند 1399", "30 اسفند 1400",
        "31 مهر 1404", "6 October 2020");
    try (URLClassLoader shaded = isolated(JAR); URLClassLoader unshaded = unshaded()) {
      List<String> fromJar = parseDates(shaded, values);
      assertEquals(parseDates(unshaded, values), fromJar);
      assertTrue(fromJar.get(0).contains("2020-10-06"), fromJar.get(0));
    }
  }

  @Test
  void cliRunsFromTheJarWithoutIcuOrPicocliOnTheClassPath() throws Exception {
    List<String> provided = new ArrayList<>();
    for (String entry : Files.readString(HOME.resolve("target/classpath.txt")).trim().split(":")) {
      String name = Path.of(entry).getFileName().toString();
      if (!name.startsWith("icu4j-") && !name.startsWith("picocli-")) {
        provided.add(entry);
      }
    }
    String seed = HOME.resolve("src/test/resources/seed/irna-karabakh-article.txt").toString();
    String fromJar = java(JAR + ":" + String.join(":", provided), "extract", seed);
    String unshaded = java(HOME.resolve("target/classes") + ":" + Files.readString(HOME.resolve("target/classpath.txt"))
        .trim(), "extract", seed);
    assertEquals(unshaded, fromJar);
    assertTrue(fromJar.contains("\"karabakh\""), fromJar);
  }

  /** Runs the CLI in a JVM of its own and returns its standard output; fails on a non-zero exit. */
  static String java(String classPath, String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", classPath, "org.paivand.cli.PaivandCli"));
    command.addAll(List.of(arguments));
    Path out = Files.createTempFile("paivand-out", ".txt");
    Path err = Files.createTempFile("paivand-err", ".txt");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("paivand " + String.join(" ", arguments) + " did not finish in 2 minutes");
    }
    assertEquals(0, process.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  /** Only the jar, over the JDK: nothing else can supply an unrelocated ICU or its data. */
  static URLClassLoader isolated(Path... entries) throws IOException {
    URL[] urls = new URL[entries.length];
    for (int i = 0; i < entries.length; i++) {
      urls[i] = entries[i].toUri().toURL();
    }
    return new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
  }

  /** paivand's compiled classes with the original ICU jar, as tests and local runs see them. */
  static URLClassLoader unshaded() throws Exception {
    Class<?> icu = Class.forName("com.ibm.icu.util.ULocale");
    Path icuJar = Path.of(icu.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertFalse(icuJar.toString().contains("paivand.jar"), "ICU must come from its own jar: " + icuJar);
    return isolated(HOME.resolve("target/classes"), icuJar);
  }

  /** "IR ایران" for every ISO country, through ICU's LocaleDisplayNames in the given loader and package prefix. */
  static List<String> countryNames(ClassLoader loader, String prefix, String language, boolean shortForm)
      throws Exception {
    Class<?> localeClass = loader.loadClass(prefix + "com.ibm.icu.util.ULocale");
    Class<?> namesClass = loader.loadClass(prefix + "com.ibm.icu.text.LocaleDisplayNames");
    Class<?> contextClass = loader.loadClass(prefix + "com.ibm.icu.text.DisplayContext");
    Object locale = localeClass.getConstructor(String.class).newInstance(language);
    Object contexts = Array.newInstance(contextClass, 1);
    Array.set(contexts, 0, enumConstant(contextClass, shortForm ? "LENGTH_SHORT" : "LENGTH_FULL"));
    Object names = namesClass.getMethod("getInstance", localeClass, contexts.getClass())
        .invoke(null, locale, contexts);
    Method regionName = namesClass.getMethod("regionDisplayName", String.class);
    List<String> result = new ArrayList<>();
    for (String code : (String[]) localeClass.getMethod("getISOCountries").invoke(null)) {
      result.add(code + " " + regionName.invoke(names, code));
    }
    return result;
  }

  static List<String> aliases(ClassLoader loader) throws Exception {
    Class<?> gazetteer = loader.loadClass("org.paivand.gazetteer.Gazetteer");
    Object standard = gazetteer.getMethod("standard").invoke(null);
    List<String> result = new ArrayList<>();
    for (Object alias : (List<?>) gazetteer.getMethod("aliases").invoke(standard)) {
      result.add(alias.toString());
    }
    return result;
  }

  static List<String> parseDates(ClassLoader loader, List<String> values) throws Exception {
    Class<?> parserClass = loader.loadClass("org.paivand.dates.PublicationDateParser");
    Object parser = parserClass.getConstructor(ZoneId.class).newInstance(ZoneId.of("UTC"));
    Method parse = parserClass.getMethod("parse", CharSequence.class);
    List<String> result = new ArrayList<>();
    for (String value : values) {
      result.add(value + " -> " + parse.invoke(parser, value));
    }
    return result;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object enumConstant(Class<?> type, String name) {
    return Enum.valueOf((Class) type, name);
  }
}
