package org.paivand.text;

import org.junit.jupiter.api.Test;

/** One test per markup rule in the {@link TextNormalizer} class comment, plus the empty input. */
class MarkupTest {

  static void check(String input, String expected) {
    TextNormalizerTest.check(input, expected);
  }

  @Test
  void emptyInput() {
    check("", "");
  }

  // --- tags ---

  @Test
  void tagsAreRemoved() {
    check("<b>ایران</b> و <span class=\"x\">روسیه</span>", "ایران و روسیه");
  }

  @Test
  void inlineTagBecomesSpace() {
    check("Iran<span>Russia</span>", "iran russia");
  }

  @Test
  void blockTagBecomesLineBreak() {
    check("<p>ایران و روسیه</p><p>ترکیه</p>", "ایران و روسیه\nترکیه\n");
  }

  @Test
  void everyKindOfBlockTagEndsALine() {
    check("a<br/>b<BR>c<div class=x>d</li>e<h3>f</h6>g<table>h</blockquote>i<hr>j",
        "a\nb\nc\nd\ne\nf\ng\nh\ni\nj");
  }

  @Test
  void tableCellIsNotABlock() {
    check("<td>a</td><td>b</td>", "a b");
  }

  @Test
  void greaterThanInsideQuotedValueDoesNotEndTheTag() {
    check("<a title=\"x > y\" href='z>'>Baku</a>", "baku");
  }

  @Test
  void apostropheInUnquotedValueIsNoQuote() {
    check("<img alt=Iran's>x", "x");
  }

  @Test
  void declarationsAndProcessingInstructionsAreRemoved() {
    check("<!DOCTYPE html><?xml version=\"1.0\"?>Iran", "iran");
  }

  @Test
  void commentsAreRemovedWithoutASpace() {
    check("Ir<!-- a <b> note -->an", "iran");
  }

  @Test
  void emptyCommentsAreRemoved() {
    check("a<!---->b<!-->c", "abc");
  }

  @Test
  void scriptIsRemovedWithItsContents() {
    check("ایران<script type=\"text/javascript\">var iran = 1; if (a < b) {}</script>روسیه", "ایران روسیه");
  }

  @Test
  void styleIsRemovedWithItsContents() {
    check("<style>p { color: red }</style>Iran", "iran");
  }

  @Test
  void closingScriptTagIgnoresCase() {
    check("<SCRIPT>x</Script >Iran", "iran");
  }

  @Test
  void scriptNeverClosedLosesOnlyItsTag() {
    check("<script>Iran", "iran");
  }

  // --- a < that is text ---

  @Test
  void lessThanBeforeSpaceIsText() {
    check("a < b", "a < b");
  }

  @Test
  void greaterThanAloneIsText() {
    check("a > b", "a > b");
  }

  @Test
  void lessThanWithoutClosingIsTextInItsSmallForm() {
    check("x<y", "x\uFE64y");
  }

  @Test
  void tagCannotHoldAnotherLessThan() {
    check("a <b <i>c", "a \uFE64b c");
  }

  @Test
  void unclosedCommentIsText() {
    check("a <!-- b", "a \uFE64! b");
  }

  // --- character references ---

  @Test
  void namedReferences() {
    check("Iran &amp; Russia", "iran & russia");
    check("a &lt; b &gt; c &quot;d&quot; &apos;e&apos;", "a < b > c \"d\" 'e'");
  }

  @Test
  void namedQuotesAndDashesGoThroughTheRules() {
    check("&laquo;a&raquo; &ldquo;b&rdquo; &lsquo;c&rsquo; d&mdash;e&ndash;f g&hellip;", "\"a\" \"b\" 'c' d e f g.");
  }

  @Test
  void namedSpacesBecomeSpace() {
    check("قره&zwnj;باغ a&nbsp;b", "قره باغ a b");
  }

  @Test
  void namedInvisibleCharactersAreRemoved() {
    check("Azer&shy;baijan &lrm;ایران&rlm; قره&zwj;باغ", "azerbaijan ایران قرهباغ");
  }

  @Test
  void decimalReferences() {
    check("&#1575;&#1740;&#1585;&#1575;&#1606;", "ایران");
  }

  @Test
  void hexadecimalReferences() {
    check("&#x627;&#X6CC;&#x0631;", "ایر");
  }

  @Test
  void referencesGoThroughTheCharacterRules() {
    check("&#1610;&#1603;&#1777;&#x200C;", "یک1");
  }

  @Test
  void referenceOutsideTheBmpIsRemoved() {
    check("a&#128512;b&#x1F600;", "ab");
  }

  @Test
  void unknownReferencesStay() {
    check("&foo; &copyright;", "&foo; &copyright;");
  }

  @Test
  void malformedReferencesStay() {
    check("&amp &#; &#x; &#12a; &#xD800; &#1114112; & amp;", "&amp &#; &#x; &#12a; &#xd800; &#1114112; & amp;");
  }

  @Test
  void namesAreCaseSensitiveAndLowerCasingDoesNotRevealOne() {
    check("&AMP;", "\uFE60amp;"); // not a reference, but "&amp;" after lower-casing: see the idempotence rule
  }

  @Test
  void textEscapedTwiceIsDecodedTwice() {
    check("&amp;quot;Iran&amp;quot; &amp;#1575;", "\"iran\" ا");
  }

  @Test
  void escapedTagStartsNoTag() {
    check("&lt;b&gt;Iran&lt;/b&gt;", "\uFE64b>iran\uFE64/b>");
  }

  @Test
  void referencesInsideATagGoWithIt() {
    check("<a title=\"&amp;\">Baku</a>", "baku");
  }

  @Test
  void fullWidthLessThanStartsNoTag() {
    check("\uFF1Cb\uFF1E", "\uFE64b>");
  }

  @Test
  void smallFormsAreKept() {
    check("\uFE64b \uFE60amp;", "\uFE64b \uFE60amp;");
  }
}
