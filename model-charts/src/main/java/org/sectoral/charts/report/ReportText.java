package org.sectoral.charts.report;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of the reports in one language (internal): English by default, Vietnamese for
 * {@code vi}; read from {@code ReportText*.properties} without falling back to the JVM's
 * default locale, so a report reads the same on every machine.
 */
final class ReportText {
  private static final String BUNDLE = "org.sectoral.charts.report.ReportText";

  private final ResourceBundle bundle;

  private ReportText(ResourceBundle bundle) {
    this.bundle = bundle;
  }

  /** The texts for a locale's language (English when there are none for it). */
  static ReportText of(Locale locale) {
    checkNotNull(locale, "locale");
    return new ReportText(ResourceBundle.getBundle(BUNDLE, locale,
        ReportText.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES)));
  }

  /** Whether the locale's language has its own texts. */
  static boolean supports(Locale locale) {
    return locale.getLanguage().equals("en") || locale.getLanguage().equals("vi");
  }

  /** The text of a key with {@code {0}}, {@code {1}} … replaced by the arguments. */
  String get(String key, Object... args) {
    String s;
    try {
      s = bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("No report text " + key, e);
    }
    for (int i = 0; i < args.length; i++) {
      s = s.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return s;
  }

  /** The text of a key, or {@code fallback} when there is none. */
  String getOr(String key, String fallback) {
    return bundle.containsKey(key) ? bundle.getString(key) : fallback;
  }
}
