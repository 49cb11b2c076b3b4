package org.sectoral.charts.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How a {@link TableReport} or {@link ScenarioReport} is written: its language and number
 * locale (English by default; Vietnamese with {@code Locale.forLanguageTag("vi")}: 1.234,5 and
 * Vietnamese headings), its title (default: from the table or scenario file), where the table
 * came from, warnings to show first, how many sectors tables and charts show, and the width of
 * the charts. Immutable.
 */
public final class ReportOptions {
  private static final ReportOptions DEFAULTS = builder().build();

  private final Locale locale;
  private final String title;
  private final String source;
  private final ImmutableList<String> warnings;
  private final int topSectors;
  private final int chartWidth;

  private ReportOptions(Builder b) {
    this.locale = b.locale;
    this.title = b.title;
    this.source = b.source;
    this.warnings = ImmutableList.copyOf(b.warnings);
    this.topSectors = b.topSectors;
    this.chartWidth = b.chartWidth;
  }

  /** English, the default title, 15 sectors, charts 900 units wide. */
  public static ReportOptions defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The language of the texts and the locale of the numbers. */
  public Locale locale() {
    return locale;
  }

  /** The title, when not the default one. */
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /** Where the table came from (a file name, {@code builtin:NAME}), or empty. */
  public String source() {
    return source;
  }

  /** Warnings about the input, shown before any result. */
  public ImmutableList<String> warnings() {
    return warnings;
  }

  /** How many sectors the tables and charts of the largest values show. */
  public int topSectors() {
    return topSectors;
  }

  /** The width of charts in SVG user units (their viewBox; they scale to the page). */
  public int chartWidth() {
    return chartWidth;
  }

  /** Builds {@link ReportOptions}; every setter checks its argument. */
  public static final class Builder {
    private Locale locale = Locale.ENGLISH;
    private String title;
    private String source = "";
    private List<String> warnings = List.of();
    private int topSectors = 15;
    private int chartWidth = 900;

    Builder() {}

    /**
     * The language and number locale: English ({@code en}, the default) or Vietnamese
     * ({@code vi}); other languages get English texts with their own number format.
     */
    public Builder locale(Locale locale) {
      this.locale = checkNotNull(locale, "locale");
      return this;
    }

    /** The report's title. */
    public Builder title(String title) {
      this.title = checkNotNull(title, "title");
      return this;
    }

    /** Where the table came from, shown under the title. */
    public Builder source(String source) {
      this.source = checkNotNull(source, "source");
      return this;
    }

    /** Warnings to show before any result (e.g. {@code LoadedTable.warnings()}). */
    public Builder warnings(List<String> warnings) {
      this.warnings = List.copyOf(warnings);
      return this;
    }

    /** How many sectors tables and charts of the largest values show (1 to 200; default 15). */
    public Builder topSectors(int n) {
      checkArgument(n >= 1 && n <= 200, "topSectors %s outside [1, 200]", n);
      this.topSectors = n;
      return this;
    }

    /** Chart width in SVG user units (400 to 2000; default 900). */
    public Builder chartWidth(int width) {
      checkArgument(width >= 400 && width <= 2000, "chartWidth %s outside [400, 2000]", width);
      this.chartWidth = width;
      return this;
    }

    /** The immutable options. */
    public ReportOptions build() {
      return new ReportOptions(this);
    }
  }
}
