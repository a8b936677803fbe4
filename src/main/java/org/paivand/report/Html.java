package org.paivand.report;

/** Escaping for text and attribute values of the report page, and names safe for files and anchors. */
final class Html {
  private Html() {}

  /** Text and double-quoted attribute values: {@code & < > " '} become character references. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Letters and digits of ASCII kept, anything else a dash: {@code IR-RU-month}, {@code minsk-group-AZ-week}. */
  static String slug(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean plain = c < 128 && Character.isLetterOrDigit(c);
      out.append(plain ? c : '-');
    }
    return out.toString();
  }
}
