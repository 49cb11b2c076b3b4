package org.sectoral.examples.vietnam;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sectoral.core.aggregation.Concordance;
import org.sectoral.core.table.Sector;

/**
 * The 18 sectors of the Viet Nam model (ISIC Rev. 4) and the concordance from the 50 industries
 * of the OECD Input-Output Tables, 2023 edition, read from {@code oecd-to-vietnam18.csv}.
 */
public final class VietNamSectors {
  /** Classification label of the sectors. */
  public static final String CLASSIFICATION = "ISIC Rev. 4";
  /** The temporary group of OECD industry D13T15, split into {@link #TEX} and {@link #LEA}. */
  public static final String TEXTILES_AND_LEATHER = "TEXLEA";

  /** Agriculture, forestry and fishing. */
  public static final String AGR = "AGR";
  /** Mining and quarrying. */
  public static final String MIN = "MIN";
  /** Food, beverages and tobacco. */
  public static final String FOOD = "FOOD";
  /** Textiles and garments. */
  public static final String TEX = "TEX";
  /** Leather and footwear. */
  public static final String LEA = "LEA";
  /** Wood and furniture. */
  public static final String WOOD = "WOOD";
  /** Chemicals and pharmaceuticals. */
  public static final String CHE = "CHE";
  /** Rubber and plastics. */
  public static final String RUB = "RUB";
  /** Basic metals. */
  public static final String MET = "MET";
  /** Electronics and computers. */
  public static final String ELE = "ELE";
  /** Electrical equipment. */
  public static final String ELQ = "ELQ";
  /** Machinery and mechanical products (fabricated metal products included). */
  public static final String MAC = "MAC";
  /** Vehicles and other transport equipment. */
  public static final String VEH = "VEH";
  /** Other manufacturing (paper, printing, refined petroleum, non-metallic minerals). */
  public static final String OMF = "OMF";
  /** Electricity, gas and water. */
  public static final String ELY = "ELY";
  /** Construction. */
  public static final String CON = "CON";
  /** Trade and logistics. */
  public static final String TRD = "TRD";
  /** Other services. */
  public static final String SRV = "SRV";

  /** The sectors in table order. */
  public static final ImmutableList<Sector> ALL = ImmutableList.of(
      sector(AGR, "Agriculture forestry & fishing", "A 01-03"),
      sector(MIN, "Mining & quarrying", "B 05-09"),
      sector(FOOD, "Food beverages & tobacco", "C 10-12"),
      sector(TEX, "Textiles & garments", "C 13-14"),
      sector(LEA, "Leather & footwear", "C 15"),
      sector(WOOD, "Wood & furniture", "C 16 31-33"),
      sector(CHE, "Chemicals & pharmaceuticals", "C 20-21"),
      sector(RUB, "Rubber & plastics", "C 22"),
      sector(MET, "Basic metals", "C 24"),
      sector(ELE, "Electronics & computers", "C 26"),
      sector(ELQ, "Electrical equipment", "C 27"),
      sector(MAC, "Machinery & mechanical", "C 25 28"),
      sector(VEH, "Vehicles & transport equipment", "C 29-30"),
      sector(OMF, "Other manufacturing", "C 17-19 23"),
      sector(ELY, "Electricity gas & water", "D 35 E 36-39"),
      sector(CON, "Construction", "F 41-43"),
      sector(TRD, "Trade & logistics", "G 45-47 H 49-53"),
      sector(SRV, "Other services", "I-U 55-98"));

  /** Manufacturing sectors (ISIC section C). */
  public static final ImmutableList<String> MANUFACTURING = ImmutableList.of(FOOD, TEX, LEA,
      WOOD, CHE, RUB, MET, ELE, ELQ, MAC, VEH, OMF);
  /** Industry (ISIC B–E): mining, manufacturing, electricity, gas and water. */
  public static final ImmutableList<String> INDUSTRY = ImmutableList.<String>builder().add(MIN)
      .addAll(MANUFACTURING).add(ELY).build();

  /** Goods-producing sectors (agriculture, mining, manufacturing): tradable goods. */
  public static final ImmutableList<String> GOODS = ImmutableList.<String>builder().add(AGR)
      .add(MIN).addAll(MANUFACTURING).build();

  private static final String RESOURCE = "oecd-to-vietnam18.csv";

  private VietNamSectors() {}

  private static Sector sector(String code, String name, String isic) {
    return Sector.of(code, name, CLASSIFICATION + " " + isic);
  }

  /** The index of a sector code in {@link #ALL}. */
  public static int indexOf(String code) {
    for (int i = 0; i < ALL.size(); i++) {
      if (ALL.get(i).code().equals(code)) {
        return i;
      }
    }
    throw new IllegalArgumentException("No Viet Nam sector " + code);
  }

  /** Whether the sector at an index produces goods ({@link #GOODS}). */
  public static boolean isGoods(int index) {
    return GOODS.contains(ALL.get(index).code());
  }

  /** The sector of a code. */
  public static Sector sector(String code) {
    return ALL.get(indexOf(code));
  }

  /** OECD industry code → target sector code, in file order (from the data file). */
  public static ImmutableMap<String, String> oecdMapping() {
    Map<String, String> map = new LinkedHashMap<>();
    try (InputStream in = VietNamSectors.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split(",", -1);
        map.put(f[0].trim(), f[1].trim());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ImmutableMap.copyOf(map);
  }

  /**
   * The concordance of the 50 OECD industries to 17 groups: the 18 sectors with textiles and
   * leather together as {@link #TEXTILES_AND_LEATHER} (one OECD industry, D13T15).
   */
  public static Concordance oecdConcordance() {
    Concordance.Builder b = Concordance.builder();
    Map<String, Sector> targets = new LinkedHashMap<>();
    for (Sector s : ALL) {
      targets.put(s.code(), s);
    }
    targets.put(TEXTILES_AND_LEATHER, Sector.of(TEXTILES_AND_LEATHER,
        "Textiles garments leather & footwear", CLASSIFICATION + " C 13-15"));
    Map<String, List<String>> bySector = new LinkedHashMap<>();
    oecdMapping().forEach((oecd, target) ->
        bySector.computeIfAbsent(target, k -> new java.util.ArrayList<>()).add(oecd));
    bySector.forEach((target, codes) -> {
      Sector t = targets.get(target);
      if (t == null) {
        throw new IllegalStateException("Unknown target sector " + target + " in " + RESOURCE);
      }
      b.sectors(codes, t);
    });
    return b.build();
  }
}
