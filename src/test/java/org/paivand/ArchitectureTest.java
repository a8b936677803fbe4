package org.paivand;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paivand.errors.UserError;

/**
 * The architecture of paivand, as rules the build checks. Dependencies point one way:
 *
 * <pre>
 * pure core   text, gazetteer, roles, dates, article, count, stats, series,   plain Java on plain values
 *             errors
 *    ^
 * jobs        output, spark (and its subpackages), report, corpus, eval, ...    Spark, Hadoop, Parquet at the edges
 *    ^
 * cli         the commands                                                      uses everything; nothing uses it
 * </pre>
 *
 * <p>The core runs per article on the executors and in unit tests without Spark; a Spark or Hadoop type there would
 * drag a cluster into every test of a normalizer. Below the command line nothing knows about commands, so a job is a
 * library call for notebooks and tests. No package depends on itself through others: every package can be read
 * after the packages it uses.
 */
class ArchitectureTest {
  static final String[] CORE = {"org.paivand.text..", "org.paivand.gazetteer..", "org.paivand.roles..", "org.paivand.dates..",
      "org.paivand.article..", "org.paivand.count..", "org.paivand.stats..", "org.paivand.series..",
      "org.paivand.errors.."};

  /** The steps the Spark jobs are made of. */
  static final String[] STEPS = {"org.paivand.spark.job..", "org.paivand.spark.input..",
      "org.paivand.spark.extract..", "org.paivand.spark.dedup..", "org.paivand.spark.count..",
      "org.paivand.spark.itemsets..", "org.paivand.spark.timeseries.."};

  static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.paivand");
  }

  @Test
  void thePureCoreUsesNeitherSparkNorHadoopNorTheJobs() {
    noClasses().that().resideInAnyPackage(CORE)
        .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "org.apache.hadoop..",
            "org.apache.parquet..", "scala..", "org.paivand.spark..", "org.paivand.output..", "org.paivand.cli..",
            "org.paivand.report..", "org.paivand.bench..")
        .because("the per-article core is plain Java, unit-tested without Spark")
        .check(classes);
  }

  @Test
  void nothingButTheCommandLineUsesTheCommandLine() {
    noClasses().that().resideOutsideOfPackage("org.paivand.cli..")
        .should().dependOnClassesThat().resideInAPackage("org.paivand.cli..")
        .because("jobs are library calls; the commands are the outermost layer")
        .check(classes);
  }

  @Test
  void theSparkStepsDoNotUseTheRunOrTheReport() {
    noClasses().that().resideInAnyPackage("org.paivand.spark.*..", "org.paivand.output..")
        .should().dependOnClassesThat().resideInAnyPackage("org.paivand.report..", "org.paivand.bench..")
        .check(classes);
    noClasses().that().resideInAnyPackage(STEPS)
        .should().dependOnClassesThat().resideInAnyPackage("org.paivand.spark.run..", "org.paivand.spark.nightly..")
        .because("the jobs (the run, the nightly run) are made of their steps, not the other way round")
        .check(classes);
  }

  @Test
  void everySparkClassIsInTheSubpackageOfWhatItDoes() {
    classes().that().resideInAPackage("org.paivand.spark").should().haveSimpleName("package-info")
        .because("spark/ is split by what the code does (spark.run, spark.input, spark.count, ...)")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void noPackageDependsOnItselfThroughOthers() {
    slices().matching("org.paivand.(**)").should().beFreeOfCycles().check(classes);
  }
}
