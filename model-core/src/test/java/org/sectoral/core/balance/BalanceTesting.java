package org.sectoral.core.balance;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.sectoral.core.table.KeyIndex;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.LabelledVector;

/** Small helpers for balancing tests: string-keyed matrices and random problems. */
final class BalanceTesting {
  private BalanceTesting() {}

  static KeyIndex<String> keys(String prefix, int size) {
    List<String> k = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      k.add(prefix + (i + 1));
    }
    return KeyIndex.of(k);
  }

  static LabelledMatrix<String, String> matrix(double[][] values) {
    return LabelledMatrix.of(keys("r", values.length), keys("c", values[0].length), values, "t");
  }

  static LabelledVector<String> rows(double... values) {
    return LabelledVector.of(keys("r", values.length), values, "t");
  }

  static LabelledVector<String> cols(double... values) {
    return LabelledVector.of(keys("c", values.length), values, "t");
  }

  /** Row and column sums of a random positive matrix, so the targets are reachable. */
  static double[][] randomPositive(int m, int n, Random rnd) {
    double[][] a = new double[m][n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        a[i][j] = 0.1 + 10 * rnd.nextDouble();
      }
    }
    return a;
  }

  static double[] rowSums(double[][] a) {
    double[] s = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      for (double x : a[i]) {
        s[i] += x;
      }
    }
    return s;
  }

  static double[] colSums(double[][] a) {
    double[] s = new double[a[0].length];
    for (double[] row : a) {
      for (int j = 0; j < row.length; j++) {
        s[j] += row[j];
      }
    }
    return s;
  }

  static double maxAbsDiff(double[][] a, double[][] b) {
    double d = 0;
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a[i].length; j++) {
        d = Math.max(d, Math.abs(a[i][j] - b[i][j]));
      }
    }
    return d;
  }
}
