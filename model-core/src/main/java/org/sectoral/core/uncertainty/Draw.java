package org.sectoral.core.uncertainty;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.util.Optional;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.table.InputOutputTable;

/**
 * What a {@link ResultFunction} sees in one draw: the draw's index, the values of the named
 * inputs, and, when the Monte Carlo has a table, the perturbed table and its Leontief model,
 * each made at most once per draw and only when asked for (a result that needs only the model
 * never builds the table).
 * Index −1 is the baseline; one-at-a-time sensitivity evaluates at index −2.
 */
public final class Draw {
  /** The index of the baseline (every input at its baseline, no perturbation). */
  public static final long BASELINE = -1;
  /** The index of a one-at-a-time evaluation. */
  public static final long ONE_AT_A_TIME = -2;

  private final long index;
  private final InputValues values;
  private final Supplier<InputOutputTable> table;
  private final Supplier<LeontiefModel> model;
  private final WorkingTable.Rebuilt state; // the coefficient form, or null

  Draw(long index, InputValues values, InputOutputTable table, Supplier<LeontiefModel> model) {
    this(index, values, table == null ? null : Suppliers.ofInstance(table), model, null);
  }

  private Draw(long index, InputValues values, Supplier<InputOutputTable> table,
      Supplier<LeontiefModel> model, WorkingTable.Rebuilt state) {
    this.index = index;
    this.values = values;
    this.table = table;
    this.model = model;
    this.state = state;
  }

  /** A draw whose table and model are made from a drawn state on first use. */
  static Draw of(long index, InputValues values, WorkingTable.Rebuilt state) {
    return new Draw(index, values, state.tableSupplier(), state.model(), state);
  }

  /** A draw of values alone (no table), e.g. to test a result function. */
  public static Draw of(InputValues values) {
    return new Draw(BASELINE, values, (InputOutputTable) null, null);
  }

  /** A draw of a table (its model made on first use) and values, e.g. to test a result function. */
  public static Draw of(InputOutputTable table, InputValues values) {
    return new Draw(BASELINE, values, table, Suppliers.memoize(() -> LeontiefModel.of(table)));
  }

  /**
   * The draw's coefficient form (A, Y, stressor coefficients as drawn), when the Monte Carlo
   * made it; lets a result skip building the table.
   */
  WorkingTable.Rebuilt state() {
    return state;
  }

  /** The draw's index (0 … draws − 1), or {@link #BASELINE} or {@link #ONE_AT_A_TIME}. */
  public long index() {
    return index;
  }

  /** The values of the named inputs. */
  public InputValues values() {
    return values;
  }

  /** The perturbed table, when the Monte Carlo has a table. */
  public Optional<InputOutputTable> tableIfPresent() {
    return table == null ? Optional.empty() : Optional.of(table.get());
  }

  /**
   * The perturbed table.
   *
   * @throws SectoralException {@link ErrorCode#MISSING_BLOCK} when the Monte Carlo has no table
   */
  public InputOutputTable table() {
    if (table == null) {
      throw new SectoralException(ErrorCode.MISSING_BLOCK,
          "This Monte Carlo has no table: the result function needs one");
    }
    return table.get();
  }

  /**
   * The Leontief model of {@link #table()} (made once per draw, on first use, without building
   * the table).
   *
   * @throws SectoralException {@link ErrorCode#MISSING_BLOCK} when the Monte Carlo has no table
   */
  public LeontiefModel model() {
    if (model == null) {
      throw new SectoralException(ErrorCode.MISSING_BLOCK,
          "This Monte Carlo has no table: the result function needs one");
    }
    return model.get();
  }
}
