package org.sectoral.charts;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * The look of a chart, passed explicitly to every factory: fonts, a series palette, colours for
 * positive and negative values and markers, the default size in pixels, the number locale and
 * how long category labels may be. Immutable and thread-safe; there is no global theme.
 *
 * <p>{@link #defaults()} uses the {@link #TABLEAU_10} palette (ten colours chosen to stay
 * distinguishable side by side), sans-serif fonts, 800 × 500 pixels, {@link Locale#ROOT}
 * numbers and category labels of up to 48 characters. For charts of at most eight series that
 * must read in every kind of colour vision, use {@code palette(ChartStyle.OKABE_ITO)}.
 */
public final class ChartStyle {
  /**
   * Tableau 10 (Tableau Software's default palette since 2016, designed by Maureen Stone for ten
   * distinguishable categories): blue, orange, red, teal, green, yellow, purple, pink, brown,
   * grey.
   */
  public static final List<Color> TABLEAU_10 = List.of(new Color(0x4E79A7),
      new Color(0xF28E2B), new Color(0xE15759), new Color(0x76B7B2), new Color(0x59A14F),
      new Color(0xEDC948), new Color(0xB07AA1), new Color(0xFF9DA7), new Color(0x9C755F),
      new Color(0xBAB0AC));

  /**
   * The colour-blind-safe palette of Okabe &amp; Ito (2008): blue, orange, bluish green,
   * reddish purple, sky blue, vermillion, yellow, black, and grey as a ninth.
   */
  public static final List<Color> OKABE_ITO = List.of(new Color(0x0072B2),
      new Color(0xE69F00), new Color(0x009E73), new Color(0xCC79A7), new Color(0x56B4E9),
      new Color(0xD55E00), new Color(0xF0E442), new Color(0x000000), new Color(0x999999));

  private final Font titleFont;
  private final Font labelFont;
  private final Font tickFont;
  private final Font legendFont;
  private final ImmutableList<Color> palette;
  private final Color positiveColor;
  private final Color negativeColor;
  private final Color markerColor;
  private final Color background;
  private final Color gridColor;
  private final int width;
  private final int height;
  private final Locale locale;
  private final int maxLabelLength;
  private final int rotateLabelsAbove;

  ChartStyle(Builder b) {
    this.titleFont = b.titleFont;
    this.labelFont = b.labelFont;
    this.tickFont = b.tickFont;
    this.legendFont = b.legendFont;
    this.palette = ImmutableList.copyOf(b.palette);
    this.positiveColor = b.positiveColor;
    this.negativeColor = b.negativeColor;
    this.markerColor = b.markerColor;
    this.background = b.background;
    this.gridColor = b.gridColor;
    this.width = b.width;
    this.height = b.height;
    this.locale = b.locale;
    this.maxLabelLength = b.maxLabelLength;
    this.rotateLabelsAbove = b.rotateLabelsAbove;
  }

  /** The default style: Tableau 10 palette, SansSerif fonts, 800 × 500 px, Locale.ROOT. */
  public static ChartStyle defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this style's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.titleFont = titleFont;
    b.labelFont = labelFont;
    b.tickFont = tickFont;
    b.legendFont = legendFont;
    b.palette = palette;
    b.positiveColor = positiveColor;
    b.negativeColor = negativeColor;
    b.markerColor = markerColor;
    b.background = background;
    b.gridColor = gridColor;
    b.width = width;
    b.height = height;
    b.locale = locale;
    b.maxLabelLength = maxLabelLength;
    b.rotateLabelsAbove = rotateLabelsAbove;
    return b;
  }

  /** Font of the chart title. */
  public Font titleFont() {
    return titleFont;
  }

  /** Font of axis labels. */
  public Font labelFont() {
    return labelFont;
  }

  /** Font of tick and category labels. */
  public Font tickFont() {
    return tickFont;
  }

  /** Font of legend items. */
  public Font legendFont() {
    return legendFont;
  }

  /** Series colours in order; series beyond its size cycle through it. */
  public ImmutableList<Color> palette() {
    return palette;
  }

  /** The palette colour of series {@code i}, cycling. */
  public Color seriesColor(int i) {
    checkArgument(i >= 0, "Series index %s", i);
    return palette.get(i % palette.size());
  }

  /** Colour of positive changes in diverging bars and waterfalls. */
  public Color positiveColor() {
    return positiveColor;
  }

  /** Colour of negative changes in diverging bars and waterfalls. */
  public Color negativeColor() {
    return negativeColor;
  }

  /** Colour of reference lines: averages, quadrant lines, targets. */
  public Color markerColor() {
    return markerColor;
  }

  /** Background of the chart and plot. */
  public Color background() {
    return background;
  }

  /** Colour of grid lines. */
  public Color gridColor() {
    return gridColor;
  }

  /** Default width in pixels (used by exporters when none is given). */
  public int width() {
    return width;
  }

  /** Default height in pixels (used by exporters when none is given). */
  public int height() {
    return height;
  }

  /** Locale of tick and label numbers ({@link Locale#ROOT} by default). */
  public Locale locale() {
    return locale;
  }

  /**
   * Longest category label in characters (default 48). A longer name is replaced by its code
   * (keys with codes: sectors, regions) or abbreviated with an ellipsis, and the chart then
   * carries a key below it giving each shortened label's full name.
   */
  public int maxLabelLength() {
    return maxLabelLength;
  }

  /**
   * Category labels are rotated 45° when a chart has more categories than this and the labels
   * are too long to stand side by side (short labels such as years stay horizontal).
   */
  public int rotateLabelsAbove() {
    return rotateLabelsAbove;
  }

  /** A plain number format in this style's locale, with at most {@code digits} decimals. */
  public NumberFormat numberFormat(int digits) {
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setMaximumFractionDigits(digits);
    return f;
  }

  /** A percent format in this style's locale (0.25 shows as 25%). */
  public NumberFormat percentFormat() {
    NumberFormat f = NumberFormat.getPercentInstance(locale);
    f.setMaximumFractionDigits(0);
    return f;
  }

  /** Builds a {@link ChartStyle}; every setter checks its argument. */
  public static final class Builder {
    private Font titleFont = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    private Font labelFont = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private Font tickFont = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private Font legendFont = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private List<Color> palette = TABLEAU_10;
    private Color positiveColor = new Color(0x0072B2);
    private Color negativeColor = new Color(0xD55E00);
    private Color markerColor = new Color(0x333333);
    private Color background = Color.WHITE;
    private Color gridColor = new Color(0xDDDDDD);
    private int width = 800;
    private int height = 500;
    private Locale locale = Locale.ROOT;
    private int maxLabelLength = 48;
    private int rotateLabelsAbove = 6;

    Builder() {}

    /** Font of the chart title. */
    public Builder titleFont(Font font) {
      this.titleFont = checkNotNull(font, "font");
      return this;
    }

    /** Font of axis labels. */
    public Builder labelFont(Font font) {
      this.labelFont = checkNotNull(font, "font");
      return this;
    }

    /** Font of tick and category labels. */
    public Builder tickFont(Font font) {
      this.tickFont = checkNotNull(font, "font");
      return this;
    }

    /** Font of legend items. */
    public Builder legendFont(Font font) {
      this.legendFont = checkNotNull(font, "font");
      return this;
    }

    /** Series colours (at least one). */
    public Builder palette(List<Color> colors) {
      checkArgument(!colors.isEmpty(), "Empty palette");
      this.palette = ImmutableList.copyOf(colors);
      return this;
    }

    /** Colour of positive changes. */
    public Builder positiveColor(Color color) {
      this.positiveColor = checkNotNull(color, "color");
      return this;
    }

    /** Colour of negative changes. */
    public Builder negativeColor(Color color) {
      this.negativeColor = checkNotNull(color, "color");
      return this;
    }

    /** Colour of reference lines and markers. */
    public Builder markerColor(Color color) {
      this.markerColor = checkNotNull(color, "color");
      return this;
    }

    /** Background of chart and plot. */
    public Builder background(Color color) {
      this.background = checkNotNull(color, "color");
      return this;
    }

    /** Colour of grid lines. */
    public Builder gridColor(Color color) {
      this.gridColor = checkNotNull(color, "color");
      return this;
    }

    /** Default size in pixels, each at least 50. */
    public Builder size(int width, int height) {
      checkArgument(width >= 50 && height >= 50, "Size %sx%s too small", width, height);
      this.width = width;
      this.height = height;
      return this;
    }

    /** Locale of numbers on axes and labels. */
    public Builder locale(Locale locale) {
      this.locale = checkNotNull(locale, "locale");
      return this;
    }

    /** Longest category label before abbreviation (at least 4 characters). */
    public Builder maxLabelLength(int chars) {
      checkArgument(chars >= 4, "maxLabelLength %s < 4", chars);
      this.maxLabelLength = chars;
      return this;
    }

    /** Rotate category labels 45° above this many categories (0 rotates always). */
    public Builder rotateLabelsAbove(int categories) {
      checkArgument(categories >= 0, "rotateLabelsAbove %s", categories);
      this.rotateLabelsAbove = categories;
      return this;
    }

    /** The immutable style. */
    public ChartStyle build() {
      return new ChartStyle(this);
    }
  }
}
