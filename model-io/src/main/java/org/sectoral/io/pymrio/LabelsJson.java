package org.sectoral.io.pymrio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.FinalDemandColumn;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.Sector;
import org.sectoral.core.table.ValueAddedComponent;
import org.sectoral.io.TableFormatException;

/** Reads and writes {@code sectoral.json}, the side file holding {@link Labels}. */
final class LabelsJson {
  static final String FORMAT = "sectoral-pymrio-labels";

  private LabelsJson() {}

  static ObjectNode write(Labels l) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("format", FORMAT);
    o.put("version", 2);
    o.put("name", l.name());
    o.put("unit", l.unit());
    if (l.balanceTolerance() != null) {
      o.putArray("balanceTolerance").add(l.balanceTolerance()[0]).add(l.balanceTolerance()[1]);
    }
    ArrayNode rs = o.putArray("regions");
    l.regions().forEach(r -> rs.addObject().put("code", r.code()).put("name", r.name()));
    ArrayNode ss = o.putArray("sectors");
    l.sectors().forEach(s -> sector(ss.addObject(), s));
    ArrayNode fd = o.putArray("finalDemand");
    l.finalDemand().forEach(c -> fd.addObject().put("region", c.region().code())
        .put("code", c.code()).put("category", c.category().name()));
    if (l.valueAddedFolder() == null) {
      o.putNull("valueAddedFolder");
    } else {
      o.put("valueAddedFolder", l.valueAddedFolder());
    }
    ArrayNode va = o.putArray("valueAdded");
    l.valueAdded().forEach(c -> va.addObject().put("code", c.code())
        .put("kind", c.kind().name()));
    if (l.productTaxesRow() == null) {
      o.putNull("productTaxesRow");
    } else {
      o.put("productTaxesRow", l.productTaxesRow());
    }
    ArrayNode im = o.putArray("importRows");
    l.importRows().forEach((row, p) -> sector(im.addObject().put("row", row), p));
    ArrayNode sat = o.putArray("satellites");
    l.satellites().forEach(sat::add);
    return o;
  }

  private static void sector(ObjectNode o, Sector s) {
    o.put("code", s.code()).put("name", s.name()).put("classification", s.classification());
  }

  static Labels read(String source, byte[] bytes) throws TableFormatException {
    ObjectNode o = Json.readObject(source, bytes);
    if (!FORMAT.equals(o.path("format").asText())) {
      throw TableFormatException.ofSource(source, "not a Sectoral labels file (format "
          + o.path("format").asText() + ")");
    }
    List<Region> regions = new ArrayList<>();
    for (JsonNode r : array(source, o, "regions")) {
      regions.add(Region.of(Json.text(source, r, "code", "regions"),
          Json.text(source, r, "name", "regions")));
    }
    List<Sector> sectors = new ArrayList<>();
    for (JsonNode s : array(source, o, "sectors")) {
      sectors.add(sector(source, s, "sectors"));
    }
    Map<String, Region> byCode = new LinkedHashMap<>();
    regions.forEach(r -> byCode.put(r.code(), r));
    List<FinalDemandColumn> fd = new ArrayList<>();
    for (JsonNode c : array(source, o, "finalDemand")) {
      String rc = Json.text(source, c, "region", "finalDemand");
      fd.add(FinalDemandColumn.of(byCode.getOrDefault(rc, Region.of(rc)),
          Json.text(source, c, "code", "finalDemand"),
          enumValue(source, FinalDemandCategory.class, Json.text(source, c, "category",
              "finalDemand"))));
    }
    List<ValueAddedComponent> va = new ArrayList<>();
    for (JsonNode c : array(source, o, "valueAdded")) {
      va.add(ValueAddedComponent.of(Json.text(source, c, "code", "valueAdded"),
          enumValue(source, ValueAddedComponent.Kind.class, Json.text(source, c, "kind",
              "valueAdded"))));
    }
    Map<String, Sector> imports = new LinkedHashMap<>();
    for (JsonNode c : array(source, o, "importRows")) {
      imports.put(Json.text(source, c, "row", "importRows"), sector(source, c, "importRows"));
    }
    List<String> sats = new ArrayList<>();
    array(source, o, "satellites").forEach(n -> sats.add(n.asText()));
    JsonNode taxes = o.get("productTaxesRow");
    JsonNode vaFolder = o.get("valueAddedFolder"); // absent in version 1: factor_inputs
    return new Labels(Json.text(source, o, "name", "the top level"),
        Json.text(source, o, "unit", "the top level"), List.copyOf(regions),
        List.copyOf(sectors), List.copyOf(fd), vaFolder == null
            ? TableMapping.FACTOR_INPUTS_FOLDER : vaFolder.isNull() ? null : vaFolder.asText(),
        List.copyOf(va),
        taxes == null || taxes.isNull() ? null : taxes.asText(), imports, List.copyOf(sats),
        balance(o));
  }

  /** The stored balance tolerance [relative, absolute], or null (written by older versions). */
  private static double[] balance(JsonNode o) {
    JsonNode b = o.get("balanceTolerance");
    if (b == null || !b.isArray() || b.size() != 2 || !b.get(0).isNumber()
        || !b.get(1).isNumber()) {
      return null;
    }
    return new double[] {b.get(0).asDouble(), b.get(1).asDouble()};
  }

  private static Sector sector(String source, JsonNode s, String where)
      throws TableFormatException {
    return Sector.of(Json.text(source, s, "code", where), Json.text(source, s, "name", where),
        Json.text(source, s, "classification", where));
  }

  private static JsonNode array(String source, JsonNode o, String field)
      throws TableFormatException {
    JsonNode a = o.get(field);
    if (a == null || !a.isArray()) {
      throw TableFormatException.ofSource(source, "missing array \"" + field + "\"");
    }
    return a;
  }

  private static <E extends Enum<E>> E enumValue(String source, Class<E> type, String text)
      throws TableFormatException {
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      throw TableFormatException.ofSource(source, "unknown " + type.getSimpleName() + " " + text);
    }
  }
}
