package org.sectoral.core.indicator;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One published fact with its provenance: a named quantity for a region (and optionally a
 * sector) in a period, with unit, source and whether it is an estimate or an assumption rather
 * than an official figure. Example: Ho Chi Minh City, manufacturing, "2024-01..08", industrial
 * production index growth, 6.1, "%", "HCMC Statistics Office, as reported by …".
 *
 * @param region the region code (e.g. {@code "VN-SG"} for Ho Chi Minh City)
 * @param sector the sector code or name, empty for the whole economy
 * @param period the period, e.g. {@code "2024"}, {@code "2024-01"}, {@code "2024-01..08"}
 * @param name what is measured, e.g. {@code "IIP growth"}
 * @param value the value in {@code unit}
 * @param unit the unit, e.g. {@code "%"}, {@code "share"}, {@code "trillion VND"}
 * @param source publisher and document
 * @param status {@link Status#PUBLISHED}, {@link Status#ESTIMATED} or {@link Status#ASSUMPTION}
 */
public record Indicator(String region, String sector, String period, String name, double value,
    String unit, String source, Status status) {
  /** How reliable a value is. */
  public enum Status {
    /** Published by a statistical office, ministry or international organization. */
    PUBLISHED,
    /** Estimated by Sectoral (e.g. by calibration); never shown without this label. */
    ESTIMATED,
    /** A modelling assumption, stated as such. */
    ASSUMPTION
  }

  /** Validates the parts. */
  public Indicator {
    checkNotNull(region, "region");
    checkNotNull(sector, "sector");
    checkNotNull(period, "period");
    checkNotNull(name, "name");
    checkNotNull(unit, "unit");
    checkNotNull(source, "source");
    checkNotNull(status, "status");
    checkArgument(Double.isFinite(value), "Indicator %s has value %s", name, value);
  }

  /** Whether the period starts with a year, e.g. 2024 matches "2024", "2024-01..08". */
  public boolean inYear(int year) {
    return period.startsWith(Integer.toString(year));
  }
}
