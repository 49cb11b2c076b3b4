package org.sectoral.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import org.sectoral.core.leontief.SolverOptions;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The solvers {@code analyze --solver} can name, checked when the options are parsed. */
enum SolverChoice {
  /** Dense LU: native OpenBLAS where available, else pure Java. */
  DIRECT,
  /** Gauss–Seidel on sparse storage, for tables too large for a dense LU. */
  ITERATIVE;

  /** The solver options of this choice; {@code tolerance} is used by the iterative solver. */
  SolverOptions options(double tolerance) {
    return this == DIRECT ? SolverOptions.direct() : SolverOptions.iterative(tolerance);
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Converts {@code direct} or {@code iterative} (case-insensitive). */
  static final class Converter implements ITypeConverter<SolverChoice> {
    @Override
    public SolverChoice convert(String value) {
      for (SolverChoice c : values()) {
        if (c.toString().equals(value.trim().toLowerCase(Locale.ROOT))) {
          return c;
        }
      }
      throw new TypeConversionException("'" + value + "' is not a solver; expected direct or "
          + "iterative");
    }
  }

  /** The solver names, for {@code ${COMPLETION-CANDIDATES}} in help texts. */
  static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(values()).map(SolverChoice::toString).iterator();
    }
  }
}
