package org.paivand.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.paivand.article.ArticleAnalysisJson;
import org.paivand.errors.InputErrors;
import org.paivand.eval.EvalReport;
import org.paivand.eval.EvalReportJson;
import org.paivand.eval.EvalReportText;
import org.paivand.eval.EvalSet;
import org.paivand.eval.EvalSetFormatException;
import org.paivand.eval.Evaluator;
import org.paivand.eval.RuleCosts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code paivand eval}: precision and recall of the standard gazetteer (plus any {@code --gazetteer} files) on the labelled evaluation sets, per language
 * and entity kind, optionally with every miss and false hit. See docs/accuracy.md.
 */
@Command(
    name = "eval",
    description = "Measure precision and recall per language and entity kind on labelled sentences (docs/accuracy.md).")
public final class EvalCommand implements Callable<Integer> {
  /** Where the sets live inside a source checkout; bin/paivand passes the checkout as paivand.home. */
  static final String DEFAULT_SET = "src/test/resources/eval";

  enum Format { text, json }

  @Option(names = "--set", paramLabel = "DIR-or-FILE",
      description = "a .jsonl evaluation set or a directory of them (repeatable; default: the checkout's "
          + DEFAULT_SET + ")")
  List<Path> sets = new ArrayList<>();

  @Mixin GazetteerMixin gazetteer;

  @Option(names = "--format", defaultValue = "text", description = "text (default) or json")
  Format format;

  @Option(names = "--show-errors", description = "list every miss and false hit with its sentence")
  boolean showErrors;

  @Option(names = "--rules", description = "also count, per rule that turns a hit down or a cue that takes an"
      + " ambiguous name, the labelled and unlabelled hits it decided (its cost in recall)")
  boolean rules;

  @Option(names = "--verbose", description = "print stack traces of errors")
  boolean verbose;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    List<Path> locations = sets.isEmpty() ? List.of(defaultSet()) : sets;
    EvalSet set;
    try {
      set = EvalSet.load(locations);
    } catch (NoSuchFileException e) {
      throw InputErrors.evaluationSetMissing(e.getFile());
    } catch (EvalSetFormatException e) {
      throw InputErrors.evaluationLineUnreadable(e.getMessage());
    }
    if (set.sentences().isEmpty()) {
      throw InputErrors.evaluationSetEmpty(locations);
    }
    org.paivand.gazetteer.Gazetteer loaded = gazetteer.loadLocal();
    EvalReport report = new Evaluator(loaded).evaluate(set);
    PrintWriter out = spec.commandLine().getOut();
    if (rules) {
      out.print(RuleCosts.format(RuleCosts.measure(loaded, set)));
      out.println();
    }
    if (format == Format.json) {
      out.println(ArticleAnalysisJson.mapper().writerWithDefaultPrettyPrinter()
          .writeValueAsString(EvalReportJson.toJson(report, showErrors)));
    } else {
      out.print(EvalReportText.format(report, showErrors));
    }
    out.flush();
    return UserErrors.OK;
  }

  private static Path defaultSet() {
    String home = System.getProperty("paivand.home");
    Path set = Path.of(home == null ? "." : home).resolve(DEFAULT_SET);
    if (!Files.isDirectory(set)) {
      throw InputErrors.defaultEvaluationSetMissing(set.toAbsolutePath().normalize(), home, DEFAULT_SET);
    }
    return set;
  }
}
