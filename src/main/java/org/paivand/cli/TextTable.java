package org.paivand.cli;

import org.paivand.errors.OptionErrors;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints rows as an aligned text table (for people) or as CSV (for tools): {@code series} and {@code partners}.
 * In tables, numbers are right-aligned, fractions shown with 4 decimals and nulls as {@code -}; in CSV fractions
 * keep full precision, nulls are empty fields, and fields holding a comma, a quote or a line break are quoted.
 */
final class TextTable {
  enum Format { TABLE, CSV }

  private final List<String> header;
  private final List<List<Object>> rows = new ArrayList<>();

  TextTable(List<String> header) {
    this.header = List.copyOf(header);
  }

  void add(List<Object> row) {
    rows.add(new ArrayList<>(row));
  }

  static Format format(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "table" -> Format.TABLE;
      case "csv" -> Format.CSV;
      default -> throw OptionErrors.unknownTableFormat(name);
    };
  }

  void print(PrintWriter out, Format format) {
    if (format == Format.CSV) {
      out.println(String.join(",", header.stream().map(TextTable::csv).toList()));
      for (List<Object> row : rows) {
        out.println(String.join(",", row.stream().map(value -> csv(value == null ? "" : String.valueOf(value)))
            .toList()));
      }
    } else {
      List<List<String>> cells = new ArrayList<>();
      for (List<Object> row : rows) {
        cells.add(row.stream().map(TextTable::cell).toList());
      }
      int[] widths = new int[header.size()];
      for (int i = 0; i < widths.length; i++) {
        widths[i] = header.get(i).length();
        for (List<String> row : cells) {
          widths[i] = Math.max(widths[i], row.get(i).length());
        }
      }
      out.println(line(header, widths, null));
      for (int r = 0; r < cells.size(); r++) {
        out.println(line(cells.get(r), widths, rows.get(r)));
      }
    }
    out.flush();
  }

  private static String line(List<String> cells, int[] widths, List<Object> values) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append("  ");
      }
      boolean number = values != null && values.get(i) instanceof Number;
      String format = "%" + (number ? "" : "-") + widths[i] + "s";
      line.append(String.format(Locale.ROOT, format, cells.get(i)));
    }
    return line.toString().stripTrailing();
  }

  private static String cell(Object value) {
    if (value == null) {
      return "-";
    }
    if (value instanceof Double number) {
      return String.format(Locale.ROOT, "%.4f", number);
    }
    return String.valueOf(value);
  }

  private static String csv(String field) {
    if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
      return "\"" + field.replace("\"", "\"\"") + "\"";
    }
    return field;
  }
}
