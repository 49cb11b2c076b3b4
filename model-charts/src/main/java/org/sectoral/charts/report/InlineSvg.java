package org.sectoral.charts.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An SVG document made fit to sit inside an HTML page (internal): no XML declaration,
 * comments or namespace declarations, every {@code id} and its references prefixed so that several charts on one page do
 * not share clip paths, and an accessible name.
 */
final class InlineSvg {
  private static final Pattern DECLARATION = Pattern.compile("<\\?xml[^>]*\\?>\\s*");
  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
  private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");
  private static final Pattern URL = Pattern.compile("url\\(#([^)]+)\\)");
  private static final Pattern HREF = Pattern.compile("href=\"#([^\"]+)\"");
  private static final Pattern XMLNS = Pattern.compile("\\s+xmlns(:\\w+)?=\"[^\"]*\"");

  private InlineSvg() {}

  /** {@code svg} with ids prefixed by {@code prefix} and {@code role="img"}, {@code aria-label}. */
  static String of(String svg, String prefix, String label) {
    String s = DECLARATION.matcher(svg).replaceAll("");
    s = COMMENT.matcher(s).replaceAll("");
    // in HTML the parser puts <svg> and xlink: attributes in their namespaces by itself, so
    // the page holds no namespace URLs that look like links
    s = XMLNS.matcher(s).replaceAll("");
    s = replace(ID, s, m -> "id=\"" + prefix + m.group(1) + "\"");
    s = replace(URL, s, m -> "url(#" + prefix + m.group(1) + ")");
    s = replace(HREF, s, m -> "href=\"#" + prefix + m.group(1) + "\"");
    return s.replaceFirst("<svg ", "<svg role=\"img\" aria-label=\""
        + Matcher.quoteReplacement(HtmlReport.escape(label)) + "\" ").strip();
  }

  private static String replace(Pattern p, String s,
      java.util.function.Function<Matcher, String> f) {
    Matcher m = p.matcher(s);
    StringBuilder out = new StringBuilder(s.length() + 1024);
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(f.apply(m)));
    }
    m.appendTail(out);
    return out.toString();
  }
}
