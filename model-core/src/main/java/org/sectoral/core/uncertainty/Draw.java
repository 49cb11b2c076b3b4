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
 * inputs, and, when the Monte Carlo has a table, the perturbed table and its Leontief model
 * (factorized at most once per draw, shared with the perturbation that rebuilt the table).
 * Index −1 is the baseline; one-at-a-time sensitivity evaluates at index −2.
 */
public final class Draw {
  /** The index of the baseline (every input at its baseline, no perturbation). */
  public static final long BASELINE = -1;
  /** The index of a one-at-a-time evaluation. */
  public static final long ONE_AT_A_TIME = -2;

  private final long index;
  private final InputValues values;
  private final InputOutputTable table;
  private final Supplier<LeontiefModel> model;

  Draw(long index, InputValues values, InputOutputTable table, Supplier<LeontiefModel> model) {
    this.index = index;
    this.values = values;
    this.table = table;
    this.model = model;
  }

  /** A draw of values alone (no table), e.g. to test a result function. */
  public static Draw of(InputValues values) {
    return new Draw(BASELINE, values, null, null);
  }

  /** A draw of a table (its model made on first use) and values, e.g. to test a result function. */
  public static Draw of(InputOutputTable table, InputValues values) {
    return new Draw(BASELINE, values, table, Suppliers.memoize(() -> LeontiefModel.of(table)));
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
    return Optional.ofNullable(table);
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
    return table;
  }

  /** The Leontief model of {@link #table()} (made once per draw, on first use). */
  public LeontiefModel model() {
    table();
    return model.get();
  }
}
