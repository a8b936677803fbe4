package org.paivand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The commands and options the documentation names exist, as picocli's model of {@link PaivandCli} has them. Read are
 * {@code README.md}, {@code docs/*.md} and {@code jobs/README.md}: fenced code blocks (a line ending in {@code \}
 * continues on the next) and inline code. A paivand command line is one of
 *
 * <ul>
 *   <li>{@code paivand COMMAND ...} or {@code bin/paivand COMMAND ...};
 *   <li>{@code ... paivand.jar COMMAND ...} (the application jar under {@code spark-submit} or {@code java -jar}):
 *       what comes before the jar is spark-submit's ({@code --class}, {@code --conf}, {@code --master}, ...) and is
 *       not checked, except that a {@code --class org.paivand...} must be a class with a {@code main};
 *   <li>inline code that starts with a command's name and holds an option ({@code `run --timeseries`});
 *   <li>in a table row, inline code that starts with an option ({@code `--format text`}) belongs to the row's first
 *       command, which may also be inline code holding just its name in the first cell ({@code | `run` | ... |}).
 * </ul>
 *
 * Every {@code --option} after the command, up to the end of the line or a {@code |}, {@code ;}, {@code &&} or
 * {@code #}, must be an option of that command. {@code paivand NAME:} is a message or log prefix, not a command line;
 * lines without paivand ({@code ./mvnw}, scripts) are not looked at. A failure names the file, the line and what is
 * unknown.
 */
class DocsMatchTheCommandsTest {
  static final Path REPOSITORY = Path.of(System.getProperty("paivand.repo", "."));
  static final Pattern INLINE_CODE = Pattern.compile("`([^`]+)`");
  static final Pattern TOKEN = Pattern.compile("\\S+");
  static final Pattern OPTION = Pattern.compile("--[a-z0-9][a-z0-9-]*");
  static final Pattern COMMAND_NAME = Pattern.compile("[a-z][a-z-]*:?");
  static final Pattern MAIN_CLASS = Pattern.compile("--class\\s+(org\\.paivand\\.[\\w.$]+)");

  final Map<String, CommandLine> commands = PaivandCli.newCommandLine().getSubcommands();
  final List<String> problems = new ArrayList<>();

  @Test
  void everyCommandAndOptionTheDocsNameExists() throws IOException {
    for (Path file : documents()) {
      check(file);
    }
    assertTrue(problems.isEmpty(), "the docs name commands or options paivand does not have:\n  "
        + String.join("\n  ", problems));
  }

  @Test
  void theCheckFindsAnUnknownOptionAndCommand() {
    checkText(Path.of("example.md"), "text\n```\nbin/paivand run --input in \\\n  --outptu out\n```\n"
        + "and `paivand frobnicate` and `series --pair A,B --nope`\n| `paivand extract FILE` | `--colour` |\n"
        + "```\nspark-submit --master yarn --class org.paivand.spark.Gone \\\n  paivand.jar \\\n  --input in\n```\n");
    assertEquals(List.of("example.md:4: `run` has no option --outptu",
        "example.md:9: --class org.paivand.spark.Gone is not a main class of paivand",
        "example.md:10: the jar's main class takes a command after paivand.jar, not --input",
        "example.md:6: `frobnicate` is not a paivand command",
        "example.md:6: `series` has no option --nope",
        "example.md:7: `extract` has no option --colour"), problems);
  }

  private static List<Path> documents() throws IOException {
    List<Path> files = new ArrayList<>(List.of(Path.of("README.md"), Path.of("jobs/README.md")));
    try (Stream<Path> docs = Files.list(REPOSITORY.resolve("docs"))) {
      docs.filter(path -> path.toString().endsWith(".md")).sorted()
          .forEach(path -> files.add(Path.of("docs").resolve(path.getFileName())));
    }
    return files;
  }

  private void check(Path file) throws IOException {
    checkText(file, Files.readString(REPOSITORY.resolve(file), StandardCharsets.UTF_8));
  }

  /** Code blocks line by line (joined at a trailing backslash); the prose between them for inline code. */
  void checkText(Path file, String text) {
    String[] lines = text.split("\n", -1);
    StringBuilder prose = new StringBuilder();
    boolean fenced = false;
    for (int index = 0; index < lines.length; index++) {
      String line = lines[index];
      if (line.trim().startsWith("```")) {
        fenced = !fenced;
        prose.append('\n');
        continue;
      }
      if (!fenced) {
        prose.append(line).append('\n');
        continue;
      }
      prose.append('\n');
      int first = index;
      StringBuilder command = new StringBuilder(line);
      while (command.toString().stripTrailing().endsWith("\\") && index + 1 < lines.length) {
        command.append('\n').append(lines[++index]);
        prose.append('\n');
      }
      checkCommandLine(file, first + 1, command.toString(), false, null);
    }
    checkInlineCode(file, prose.toString());
  }

  private void checkInlineCode(Path file, String prose) {
    Matcher code = INLINE_CODE.matcher(prose);
    int rowLine = -1;
    String rowCommand = null;
    while (code.find()) {
      int line = lineOf(prose, code.start());
      String before = prose.substring(prose.lastIndexOf('\n', code.start()) + 1, code.start());
      boolean inTableRow = before.startsWith("|");
      boolean inFirstCell = inTableRow && before.replace("\\|", "").chars().filter(c -> c == '|').count() == 1;
      if (line != rowLine) {
        rowLine = line;
        rowCommand = null;
      }
      String found = inFirstCell && commands.containsKey(code.group(1)) ? code.group(1) // "| `run` | ... |"
          : checkCommandLine(file, line, code.group(1), true, inTableRow ? rowCommand : null);
      if (inTableRow && rowCommand == null) {
        rowCommand = found;
      }
    }
  }

  /**
   * Checks the command lines in {@code text} (starting at line {@code firstLine}); returns the first command found.
   * {@code inline}: inline code, which may start with a bare command name; {@code rowCommand}: the table row's
   * command, for inline code that starts with an option.
   */
  private String checkCommandLine(Path file, int firstLine, String text, boolean inline, String rowCommand) {
    checkMainClasses(file, firstLine, text);
    List<String> words = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    Matcher token = TOKEN.matcher(text);
    while (token.find()) {
      if (token.group().equals("\\")) {
        continue; // a line continues: the command goes on
      }
      words.add(token.group());
      starts.add(token.start());
    }
    String first = null;
    String command = inline && !words.isEmpty() && words.get(0).startsWith("--") ? rowCommand : null;
    for (int index = 0; index < words.size(); index++) {
      String word = words.get(index);
      int line = firstLine + lineOf(text, starts.get(index)) - 1;
      boolean bareCommand = inline && index == 0 && commands.containsKey(word) && text.contains("--");
      boolean launcher = (word.equals("paivand") || word.endsWith("bin/paivand") || word.endsWith("paivand.jar"))
          && index + 1 < words.size();
      if (bareCommand || launcher && COMMAND_NAME.matcher(words.get(index + 1)).matches()) {
        String name = bareCommand ? word : words.get(++index);
        if (name.endsWith(":")) { // "paivand import: wrote 3 records": a message, not a command line
          command = null;
          continue;
        }
        command = name;
        first = first == null ? name : first;
        if (!commands.containsKey(name)) {
          problems.add(file + ":" + line + ": `" + name + "` is not a paivand command");
          command = null;
        }
      } else if (launcher && word.endsWith(".jar") && words.get(index + 1).startsWith("--")) {
        problems.add(file + ":" + line + ": the jar's main class takes a command after " + word + ", not "
            + words.get(index + 1));
        command = null;
      } else if (word.equals("|") || word.equals(";") || word.equals("&&") || word.startsWith("#")) {
        command = null;
      } else if (command != null) {
        checkOption(file, line, command, word);
      }
    }
    return first;
  }

  private void checkOption(Path file, int line, String command, String word) {
    Matcher option = OPTION.matcher(word.replaceFirst("^[\\[(]+", ""));
    if (!option.lookingAt()) {
      return;
    }
    CommandSpec spec = commands.get(command).getCommandSpec();
    if (spec.findOption(option.group()) == null) {
      problems.add(file + ":" + line + ": `" + command + "` has no option " + option.group());
    }
  }

  private void checkMainClasses(Path file, int firstLine, String text) {
    Matcher mainClass = MAIN_CLASS.matcher(text);
    while (mainClass.find()) {
      int line = firstLine + lineOf(text, mainClass.start()) - 1;
      try {
        Method main = Class.forName(mainClass.group(1)).getMethod("main", String[].class);
        if (!Modifier.isStatic(main.getModifiers())) {
          problems.add(file + ":" + line + ": " + mainClass.group(1) + ".main is not static");
        }
      } catch (ClassNotFoundException | NoSuchMethodException e) {
        problems.add(file + ":" + line + ": --class " + mainClass.group(1) + " is not a main class of paivand");
      }
    }
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int index = 0; index < offset; index++) {
      if (text.charAt(index) == '\n') {
        line++;
      }
    }
    return line;
  }
}
