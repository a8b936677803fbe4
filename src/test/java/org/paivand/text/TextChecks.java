package org.paivand.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** What the text tests share: the seed article, a set of mixed hard strings, and readable messages. */
final class TextChecks {
  static final TextNormalizer NORMALIZER = TextNormalizer.standard();

  private TextChecks() {}

  static NormalizedText normalized(String original) {
    NormalizedText text = new NormalizedText();
    NORMALIZER.normalize(original, text);
    return text;
  }

  /** Persian and English with every kind of character the normalizer changes. */
  static List<String> mixedStrings() {
    return List.of(
        "",
        "  به گزارش «ایرنا»، وزیر امور خارجۀ جمهوری اسلامی ایران…\r\n\r\n  گفت‌وگو کرد. ",
        "ظريف و لاوروف: قره‌باغ، قره\u00ACباغ و قرهباغ؟ ۱۳۹۹/۰۷/۱۵",
        "The U.S.\u00A0and Iran’s FM — Nagorno-Karabakh (Ａｒｔｓａｋｈ)\tTürkiye\u200D\u200E",
        "\uFEFFmixed\u2028lines\u2029and\u0085more\n\n\n end \n",
        "كِتابٌ مُؤَسَّسَة إيران آزاد ـــ ٣٫٥ ٪",
        "a\u0301 e\u0308 \u212B \u212A \u0130stanbul ſ",
        "\uFE8D\uFBFE\uFEAE\uFE8E\uFEE5 \uFEF5 \uFDF2");
  }

  static String seedArticle() throws IOException {
    try (InputStream in = TextChecks.class.getResourceAsStream("/seed/irna-karabakh-article.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The text with invisible characters written as Java escapes, for assertion messages. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      out.append(c < 0x20 || (c >= 0x7F && c < 0xA0) || Character.getType(c) == Character.FORMAT
          || Character.isSpaceChar(c) && c != ' ' ? String.format("\\u%04X", (int) c) : String.valueOf(c));
    }
    return out.toString();
  }
}
