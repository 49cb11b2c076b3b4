package org.sectoral.io.oecd;

import java.util.ArrayList;
import java.util.List;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.FinalDemandColumn;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.InputOutputTableBuilder;
import org.sectoral.io.TableFormatException;

/**
 * Splits an OECD total-flows table into domestic and imported flows by the import-proportionality
 * assumption (see {@link OecdIotReader#importProportionality(boolean)}).
 */
final class ImportProportionality {
  private ImportProportionality() {}

  static InputOutputTable split(OecdIotReader reader, OecdIotReader.Parsed p,
      InputOutputTableBuilder b, String source) throws TableFormatException {
    int n = p.industries.size();
    String imports = reader.layout().code(OecdIotReader.IMPORTS_COLUMN);
    int impo = p.fdCodes.indexOf(imports);
    List<Integer> domesticUse = new ArrayList<>();
    for (int c = 0; c < p.fdCodes.size(); c++) {
      FinalDemandCategory cat = reader.layout().finalDemand().get(p.fdCodes.get(c));
      if (c != impo && cat != FinalDemandCategory.EXPORTS) {
        domesticUse.add(c);
      }
    }
    double[] share = new double[n];
    double[] unallocated = new double[n];
    boolean anyLeft = false;
    for (int i = 0; i < n; i++) {
      double m = impo < 0 ? 0 : -p.y[impo][i];
      double use = 0;
      for (double z : p.z[i]) {
        use += z;
      }
      for (int c : domesticUse) {
        use += p.y[c][i];
      }
      share[i] = use <= 0 || m <= 0 ? 0 : Math.min(1, m / use);
      unallocated[i] = -m + share[i] * use; // zero up to rounding unless sᵢ was clamped
      anyLeft |= m < 0 || (m > 0 && (use <= 0 || m > use));
    }
    double[][] zd = new double[n][n];
    double[][] zm = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        zm[i][j] = share[i] * p.z[i][j];
        zd[i][j] = p.z[i][j] - zm[i][j];
      }
    }
    b.intermediate(zd).importsByProduct(zm);
    for (int c = 0; c < p.fdCodes.size(); c++) {
      String code = p.fdCodes.get(c);
      FinalDemandColumn col = FinalDemandColumn.of(p.region, code,
          reader.layout().finalDemand().get(code));
      if (c == impo) {
        if (anyLeft) {
          b.finalDemand(col, unallocated);
        }
        continue;
      }
      double[] dom = p.y[c].clone();
      if (domesticUse.contains(c)) {
        double[] imp = new double[n];
        for (int i = 0; i < n; i++) {
          imp[i] = share[i] * p.y[c][i];
          dom[i] = p.y[c][i] - imp[i];
        }
        b.finalDemand(col, dom);
        b.importedFinalDemand(col, imp);
      } else {
        b.finalDemand(col, dom);
      }
    }
    return reader.finish(b, p, p, source);
  }
}
