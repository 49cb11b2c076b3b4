package org.sectoral.io.oecd;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;

/**
 * Names of the 50 industries of the OECD input-output tables, 2023 edition (ISIC Rev. 4 groups),
 * by code ({@code D26} → "Computer, electronic and optical equipment"): the OECD's industry list,
 * long names shortened to at most 48 characters for charts and reports. The CSV files
 * carry codes only; {@link OecdIotReader} names each sector from here.
 */
public final class OecdIndustries {
  private static final Map<String, String> NAMES = ImmutableMap.<String, String>builder()
      .put("D01", "Crop and animal production, hunting")
      .put("D02", "Forestry and logging")
      .put("D03", "Fishing and aquaculture")
      .put("D05", "Mining of coal and lignite")
      .put("D06", "Extraction of crude petroleum and natural gas")
      .put("D07", "Mining of metal ores")
      .put("D08", "Other mining and quarrying")
      .put("D09", "Mining support service activities")
      .put("D10T12", "Food products, beverages and tobacco")
      .put("D13T15", "Textiles, wearing apparel, leather")
      .put("D16", "Wood and products of wood and cork")
      .put("D17T18", "Paper products and printing")
      .put("D19", "Coke and refined petroleum products")
      .put("D20", "Chemicals and chemical products")
      .put("D21", "Pharmaceutical products")
      .put("D22", "Rubber and plastics products")
      .put("D23", "Other non-metallic mineral products")
      .put("D24A", "Basic iron and steel")
      .put("D24B", "Basic precious and non-ferrous metals")
      .put("D25", "Fabricated metal products")
      .put("D26", "Computer, electronic and optical equipment")
      .put("D27", "Electrical equipment")
      .put("D28", "Machinery and equipment n.e.c.")
      .put("D29", "Motor vehicles, trailers and semi-trailers")
      .put("D301", "Building of ships and boats")
      .put("D302T309", "Other transport equipment")
      .put("D31T33", "Other manufacturing; repair and installation")
      .put("D35", "Electricity, gas, steam and air conditioning")
      .put("D36T39", "Water supply, sewerage, waste management")
      .put("D41T43", "Construction")
      .put("D45T47", "Wholesale and retail trade; repair of vehicles")
      .put("D49", "Land transport and transport via pipelines")
      .put("D50", "Water transport")
      .put("D51", "Air transport")
      .put("D52", "Warehousing and support for transportation")
      .put("D53", "Postal and courier activities")
      .put("D55T56", "Accommodation and food services")
      .put("D58T60", "Publishing, audiovisual and broadcasting")
      .put("D61", "Telecommunications")
      .put("D62T63", "IT and other information services")
      .put("D64T66", "Financial and insurance activities")
      .put("D68", "Real estate activities")
      .put("D69T75", "Professional, scientific, technical activities")
      .put("D77T82", "Administrative and support services")
      .put("D84", "Public administration, defence; social security")
      .put("D85", "Education")
      .put("D86T88", "Human health and social work")
      .put("D90T93", "Arts, entertainment and recreation")
      .put("D94T96", "Other service activities")
      .put("D97T98", "Activities of households as employers")
      .build();

  private OecdIndustries() {}

  /** The name of an industry code of the 2023 edition, e.g. {@code D26}. */
  public static Optional<String> name(String code) {
    return Optional.ofNullable(NAMES.get(code));
  }

  /** Every code and name, in the tables' order. */
  public static Map<String, String> all() {
    return NAMES;
  }
}
