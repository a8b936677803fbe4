package org.paivand.errors;

import java.util.List;

/**
 * The user errors of outputs: where a command may write, the lock of a run, and what a reader ({@code report},
 * {@code series}, {@code partners}, {@code nightly}) finds in an output. Each factory names the problem, its cause and
 * the fix. Paths come as {@code Object} or {@code String}: this package is plain Java and knows no Hadoop types (see
 * {@link OptionErrors} for how the errors are split).
 */
public final class OutputErrors {
  private static final String NEW_NIGHTLY_OUTPUT =
      "give nightly a new directory (its first night processes every delivery), or run paivand run again";
  private static final String WRITE_SERIES_AGAIN = "write it again with `bin/paivand series --output DIR`";

  private OutputErrors() {}

  // ---- where an output may be written ----

  /** A run would replace a directory that is not a paivand output. */
  public static UserError refusingToReplace(Object output, String cause) {
    return new UserError("refusing to replace " + output, cause,
        "name a new directory, or an earlier paivand output to replace");
  }

  /** The output path is the root of its file system, where nothing can be staged beside it. */
  public static UserError outputAtRoot(Object output) {
    return new UserError("cannot write the output to the root directory " + output,
        "paivand stages its output and keeps its lock beside the output directory",
        "name a directory such as out/paivand");
  }

  /** The output path names a file. */
  public static UserError outputIsAFile(Object output) {
    return new UserError("the output " + output + " is a file", "--output must name a directory",
        "name a new directory, or an earlier paivand output to replace");
  }

  /** {@code nightly} was given the output of {@code run}, which has no nightly state. */
  public static UserError runOutputHasNoNightlyState(Object output, String stateDirectory) {
    return new UserError("refusing to update " + output,
        "it is the output of paivand run, which keeps no nightly state (" + stateDirectory + ")", NEW_NIGHTLY_OUTPUT);
  }

  /** {@code nightly} was given a directory that is neither new, empty nor a nightly output. */
  public static UserError notANightlyOutput(Object output) {
    return new UserError("refusing to update " + output,
        "it exists, is not empty and is not a paivand nightly output", NEW_NIGHTLY_OUTPUT);
  }

  /** {@code import --output} names a file. */
  public static UserError importOutputIsAFile(String output, String partFileName) {
    return new UserError("--output " + output + " is a file", "import writes a directory holding " + partFileName,
        "give a directory path (it is created if missing)");
  }

  /** {@code generate} cannot write its corpus to {@code --output}. */
  public static UserError cannotGenerateInto(Object output, String detail) {
    return new UserError("cannot write to " + output, detail, "give --output a new or empty directory");
  }

  /** {@code report --report-dir} names a directory that is not an earlier report. */
  public static UserError refusingToReplaceWithReport(Object target, String marker) {
    return new UserError("refusing to replace " + target + " with the report",
        "it exists and is not an earlier paivand report (no " + marker + " file)",
        "give --report-dir a new or empty directory, or one an earlier report wrote");
  }

  // ---- the lock of a run ----

  /** Another run, alive or within its lease, holds the output's lock. */
  public static UserError lockHeld(Object output, Object lock, String holder, long leaseMinutes) {
    return new UserError("another paivand run holds the lock of " + output,
        "the lock " + lock + " belongs to " + holder,
        "wait for that run to finish; if it is dead on another machine, the lock is taken over once its lease of "
            + leaseMinutes + " min has expired (or delete the lock file after checking)");
  }

  /** Two runs found the lock stale at once, and the other one took it. */
  public static UserError lockTakenOverByAnother(Object output, Object lock) {
    return new UserError("another paivand run holds the lock of " + output,
        "the stale lock " + lock + " was taken over by another run at the same time", "wait for that run to finish");
  }

  // ---- what a reader finds in an output ----

  /** A reader ({@code series}, {@code partners}, {@code nightly}) was pointed at a directory that is not an output. */
  public static UserError notAnOutput(Object output, String cause) {
    return new UserError(output + " is not a paivand output", cause,
        "give the --output directory of an earlier paivand run (or nightly run)");
  }

  /** {@code report} finds no {@code _run.json} at {@code --output}. */
  public static UserError noOutputToReport(Object output, boolean directoryExists) {
    return new UserError("no paivand output at " + output,
        directoryExists ? "the directory has no _run.json" : "the directory does not exist",
        "give --output the directory a `bin/paivand run --output DIR` wrote");
  }

  /** {@code report} finds no timeseries table to chart. */
  public static UserError noTimeseriesTable(Object output) {
    return new UserError("the output " + output + " has no timeseries table",
        "the report charts the series that `run --timeseries` or `bin/paivand series` writes",
        "run `bin/paivand series --output " + output + "` (or the run again with --timeseries), then the report");
  }

  /** The output's {@code _run.json} is not what this version writes. */
  public static UserError runReportUnreadable(Object output, String detail) {
    return new UserError("the _run.json of " + output + " cannot be read", detail,
        "run `bin/paivand run` again to write the output afresh");
  }

  /** The timeseries table lacks columns the report needs. */
  public static UserError timeseriesColumnsMissing(Object output, List<String> missing) {
    return new UserError("the timeseries table of " + output + " lacks the columns " + missing,
        "it was written by another version of paivand", WRITE_SERIES_AGAIN);
  }

  /** The timeseries table holds one period of one series twice. */
  public static UserError timeseriesRowTwice(String series, String period, List<String> sliceColumns) {
    return new UserError("the timeseries table holds two rows for " + series + " " + period,
        "it has slice columns other than " + sliceColumns + ", or repeated rows", WRITE_SERIES_AGAIN);
  }

  /** {@code series --pair}: both entities are in the output, never together. */
  public static UserError pairNeverTogether(Object pair, String output, String entity) {
    return new UserError("the pair " + pair + " is not in " + output, "both entities occur, but never in one article",
        "pick a pair that co-occurs; `paivand partners --output " + output + " --entity " + entity
            + "` lists the entities " + entity + " occurs with");
  }

  /** {@code --slice} names a slice the output does not have; {@code kinds} are the kinds it has. */
  public static UserError sliceNotInOutput(Object slice, String output, List<String> kinds) {
    return new UserError("the slice " + slice + " is not in " + output,
        kinds.isEmpty() ? "the output has no slices: its corpus had no lang or source column"
            : "the output has slices of " + String.join(" and ", kinds) + ", but none with that value",
        "give a value the corpus has, e.g. --slice lang=fa, or leave --slice out for the whole corpus");
  }

  /** An entity no article of the output names. */
  public static UserError unknownEntity(String entity, String output) {
    return new UserError("unknown entity '" + entity + "'", "no article of " + output + " names it",
        "use entity ids as in entities_daily: ISO codes for countries (IR, RU, AM, AZ), lowercase slugs for the"
            + " rest (lavrov, karabakh)");
  }

  /** {@code nightly}: the settings differ from the output's; a backfill of {@code first..last} would apply them. */
  public static UserError settingsChanged(Object output, List<String> changes, String first, String last) {
    return new UserError("the settings differ from those the output " + output + " was built with",
        String.join("; ", changes),
        "backfill every delivery with the new settings (paivand backfill --from " + (first == null ? "FIRST" : first)
            + " --to " + (last == null ? "LAST" : last) + "), or use a new output");
  }

  /** {@code nightly}: tonight's deliveries have other slice columns than the output counts. */
  public static UserError sliceColumnsChanged(Object deliveries, Object output, String recorded, String found) {
    return new UserError("tonight's deliveries " + deliveries + " have other slice columns than the output " + output
        + " counts", "slices (lang, source) recorded: '" + recorded + "', found: '" + found
        + "'; the *_daily_by_slice tables of earlier months would not agree with tonight's",
        "give the same --lang-col and --source-col (and deliveries with those columns), or backfill every delivery");
  }
}
