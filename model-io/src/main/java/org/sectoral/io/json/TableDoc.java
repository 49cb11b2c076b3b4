package org.sectoral.io.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.ValueAddedComponent;

/** The JSON document of a table, as Jackson binds it (internal: not part of the API). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"format", "version", "name", "unit", "regions", "sectors", "intermediate",
    "finalDemand", "imports", "valueAdded", "productTaxes", "output", "satellites"})
record TableDoc(
    @JsonProperty(value = "format", required = true) String format,
    @JsonProperty(value = "version", required = true) int version,
    @JsonProperty(value = "name", required = true) String name,
    @JsonProperty(value = "unit", required = true) String unit,
    @JsonProperty(value = "regions", required = true) List<RegionDoc> regions,
    @JsonProperty(value = "sectors", required = true) List<SectorDoc> sectors,
    @JsonProperty(value = "intermediate", required = true) double[][] intermediate,
    @JsonProperty(value = "finalDemand", required = true) List<FinalDemandDoc> finalDemand,
    @JsonProperty("imports") ImportsDoc imports,
    @JsonProperty("valueAdded") List<ValueAddedDoc> valueAdded,
    @JsonProperty("productTaxes") double[] productTaxes,
    @JsonProperty("output") double[] output,
    @JsonProperty("satellites") List<SatelliteDoc> satellites,
    @JsonProperty("balanceTolerance") double[] balanceTolerance) {

  static final String FORMAT = "sectoral-table";

  record RegionDoc(@JsonProperty(value = "code", required = true) String code,
      @JsonProperty(value = "name", required = true) String name) {}

  @JsonPropertyOrder({"code", "name", "classification"})
  record SectorDoc(@JsonProperty(value = "code", required = true) String code,
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty(value = "classification", required = true) String classification) {}

  @JsonPropertyOrder({"region", "code", "category", "values"})
  record FinalDemandDoc(@JsonProperty(value = "region", required = true) String region,
      @JsonProperty(value = "code", required = true) String code,
      @JsonProperty(value = "category", required = true) FinalDemandCategory category,
      @JsonProperty(value = "values", required = true) double[] values) {}

  /** Imported use: products × sectors, and (optional) products × final-demand columns. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"products", "values", "finalDemand"})
  record ImportsDoc(@JsonProperty(value = "products", required = true) List<SectorDoc> products,
      @JsonProperty(value = "values", required = true) double[][] values,
      @JsonProperty("finalDemand") double[][] finalDemand) {}

  @JsonPropertyOrder({"code", "kind", "values"})
  record ValueAddedDoc(@JsonProperty(value = "code", required = true) String code,
      @JsonProperty(value = "kind", required = true) ValueAddedComponent.Kind kind,
      @JsonProperty(value = "values", required = true) double[] values) {}

  record SatelliteDoc(@JsonProperty(value = "name", required = true) String name,
      @JsonProperty(value = "stressors", required = true) List<StressorDoc> stressors) {}

  /** One stressor: F by region-sector and, optionally, F_Y by final-demand column. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"name", "unit", "values", "finalDemand"})
  record StressorDoc(@JsonProperty(value = "name", required = true) String name,
      @JsonProperty(value = "unit", required = true) String unit,
      @JsonProperty(value = "values", required = true) double[] values,
      @JsonProperty("finalDemand") double[] finalDemand) {}
}
