package org.sectoral.io.json;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sectoral.core.SectoralException;
import org.sectoral.core.table.FinalDemandColumn;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.InputOutputTableBuilder;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.Sector;
import org.sectoral.core.table.Stressor;
import org.sectoral.io.ReadLimits;
import org.sectoral.io.TableFormatException;
import org.sectoral.io.text.LimitedInputStream;
import org.sectoral.io.json.TableDoc.FinalDemandDoc;
import org.sectoral.io.json.TableDoc.SatelliteDoc;
import org.sectoral.io.json.TableDoc.SectorDoc;
import org.sectoral.io.json.TableDoc.StressorDoc;
import org.sectoral.io.json.TableDoc.ValueAddedDoc;

/**
 * Reads a table from a JSON document ({@code "format": "sectoral-table"}, schema in
 * {@code FORMATS.md}). Syntax errors, missing fields, wrong types (text where a number belongs,
 * {@code null} in a number array, unknown categories) and unknown fields are reported as
 * {@link TableFormatException} at Jackson's line and column with the JSON path.
 */
public final class JsonTableReader {
  static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .withCoercionConfig(LogicalType.Float,
          c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
      .withCoercionConfig(LogicalType.Integer,
          c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
      .build();

  private final double tolerance;
  private final ReadLimits limits;

  private JsonTableReader(double tolerance, ReadLimits limits) {
    this.tolerance = tolerance;
    this.limits = limits;
  }

  /** A reader with the core builder's default balance tolerance. */
  public static JsonTableReader create() {
    return new JsonTableReader(InputOutputTableBuilder.DEFAULT_BALANCE_TOLERANCE,
        ReadLimits.defaults());
  }

  /** This reader with another relative balance tolerance. */
  public JsonTableReader balanceTolerance(double relative) {
    checkArgument(relative >= 0, "Tolerance %s", relative);
    return new JsonTableReader(relative, limits);
  }

  /** This reader stopping at these limits (the file's size); default the defaults. */
  public JsonTableReader limits(ReadLimits newLimits) {
    return new JsonTableReader(tolerance, checkNotNull(newLimits, "limits"));
  }

  /** Reads a JSON table file. */
  public InputOutputTable read(Path file) throws IOException {
    checkNotNull(file, "file");
    if (Files.size(file) > limits.maxFileBytes()) {
      throw LimitedInputStream.tooLarge(file.toString(), limits.maxFileBytes());
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(file.toString(), in);
    }
  }

  /** Reads a JSON table from a stream (closed by the caller), named {@code source} in errors. */
  public InputOutputTable read(String source, InputStream in) throws IOException {
    byte[] bytes = LimitedInputStream.of(in, source, limits).readAllBytes();
    if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "")
        .isBlank()) {
      throw TableFormatException.ofSource(source, "file is empty");
    }
    TableDoc doc;
    try {
      doc = MAPPER.readValue(bytes, TableDoc.class);
    } catch (JsonProcessingException e) {
      throw located(source, e);
    } catch (java.io.CharConversionException e) { // bytes that look like UTF-16/32 but are not
      TableFormatException t = TableFormatException.ofSource(source,
          "not JSON text in UTF-8: " + e.getMessage());
      t.initCause(e);
      throw t;
    }
    if (doc == null) {
      throw new TableFormatException(source, 1, 1, "null", "expected a JSON object with"
          + " \"format\": \"" + TableDoc.FORMAT + "\", found null");
    }
    if (!TableDoc.FORMAT.equals(doc.format())) {
      throw TableFormatException.ofSource(source, "\"format\" is " + doc.format()
          + ", expected " + TableDoc.FORMAT);
    }
    try {
      double[] stored = doc.balanceTolerance();
      boolean has = stored != null && stored.length == 2;
      return toTable(doc).balanceTolerance(has ? Math.max(tolerance, stored[0]) : tolerance,
          has ? Math.max(tolerance, stored[1]) : tolerance).build();
    } catch (SectoralException | IllegalArgumentException | NullPointerException e) {
      TableFormatException t = TableFormatException.ofSource(source,
          "not a valid input-output table: " + e.getMessage());
      t.initCause(e);
      throw t;
    }
  }

  private static TableFormatException located(String source, JsonProcessingException e) {
    JsonLocation l = e.getLocation();
    String path = "";
    if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      StringBuilder sb = new StringBuilder("$");
      for (JsonMappingException.Reference r : m.getPath()) {
        sb.append(r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]");
      }
      path = " at " + sb;
    }
    String msg = e.getOriginalMessage();
    for (String tail : List.of(" (for ", " (but might", "\n")) {
      int cut = msg.indexOf(tail);
      msg = cut > 0 ? msg.substring(0, cut) : msg;
    }
    java.util.regex.Matcher missing = java.util.regex.Pattern
        .compile("Missing required creator property '([^']*)'.*").matcher(msg);
    if (missing.matches()) {
      msg = "missing field \"" + missing.group(1) + "\"";
    }
    return new TableFormatException(source, l == null ? 0 : l.getLineNr(),
        l == null ? 0 : l.getColumnNr(), "", msg + path);
  }

  private static InputOutputTableBuilder toTable(TableDoc d) {
    Map<String, Region> regions = new HashMap<>();
    d.regions().forEach(r -> regions.put(r.code(), Region.of(r.code(), r.name())));
    InputOutputTableBuilder b = InputOutputTable.builder().name(d.name()).unit(d.unit())
        .regions(d.regions().stream().map(r -> regions.get(r.code())).toList())
        .sectors(sectors(d.sectors())).intermediate(d.intermediate());
    List<FinalDemandColumn> cols = new java.util.ArrayList<>();
    for (FinalDemandDoc c : d.finalDemand()) {
      FinalDemandColumn col = FinalDemandColumn.of(regions.getOrDefault(c.region(),
          Region.of(c.region())), c.code(), c.category());
      cols.add(col);
      b.finalDemand(col, c.values());
    }
    if (d.imports() != null) {
      b.imports(sectors(d.imports().products()), d.imports().values());
      double[][] ym = d.imports().finalDemand();
      if (ym != null) {
        checkArgument(ym.length == d.imports().products().size(),
            "imports.finalDemand has %s rows for %s products", ym.length,
            d.imports().products().size());
        for (int c = 0; c < cols.size(); c++) {
          double[] col = new double[ym.length];
          for (int i = 0; i < ym.length; i++) {
            checkArgument(ym[i].length == cols.size(),
                "imports.finalDemand row %s has %s values for %s final-demand columns", i,
                ym[i].length, cols.size());
            col[i] = ym[i][c];
          }
          b.importedFinalDemand(cols.get(c), col);
        }
      }
    }
    if (d.valueAdded() != null) {
      for (ValueAddedDoc v : d.valueAdded()) {
        b.valueAdded(v.code(), v.kind(), v.values());
      }
    }
    if (d.productTaxes() != null) {
      b.productTaxes(d.productTaxes());
    }
    if (d.output() != null) {
      b.output(d.output());
    }
    if (d.satellites() != null) {
      for (SatelliteDoc s : d.satellites()) {
        for (StressorDoc st : s.stressors()) {
          b.satellite(s.name(), Stressor.of(st.name(), st.unit()), st.values());
          if (st.finalDemand() != null) {
            b.satelliteFinalDemand(s.name(), Stressor.of(st.name(), st.unit()),
                st.finalDemand());
          }
        }
      }
    }
    return b;
  }

  private static List<Sector> sectors(List<SectorDoc> ss) {
    return ss.stream().map(s -> Sector.of(s.code(), s.name(), s.classification())).toList();
  }

  /** Whether a path names a JSON file ({@code .json}). */
  public static boolean looksLikeJson(Path file) {
    return Files.isRegularFile(file)
        && file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json");
  }
}
