package org.sectoral.io.scenario;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import org.sectoral.core.scenario.Scenario;
import org.sectoral.core.scenario.Target;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.ValueAddedComponent;
import org.sectoral.io.TableFormatException;

/** Parses the {@code shocks} of a scenario-file analysis into a core {@link Scenario}. */
final class Shocks {
  private Shocks() {}

  static Scenario parse(String name, List<JsonSpec> shocks, InputOutputTable t)
      throws TableFormatException {
    Scenario.Builder b = Scenario.builder(name);
    for (JsonSpec s : shocks) {
      String verb = s.text("verb");
      switch (verb) {
        case "setFinalDemand", "scaleFinalDemand", "addFinalDemand" -> {
          FinalDemandCategory c = category(s);
          Target target = target(s, t);
          double v = s.number("value");
          if (verb.equals("setFinalDemand")) {
            b.setFinalDemand(c, target, v);
          } else if (verb.equals("scaleFinalDemand")) {
            b.scaleFinalDemand(c, target, v);
          } else {
            b.addFinalDemand(c, target, v);
          }
        }
        case "addFlow" -> b.addFlow(one(s, "from", t), one(s, "to", t), s.number("value"));
        case "addCoefficient" -> b.addCoefficient(one(s, "from", t), one(s, "to", t),
            s.number("value"));
        case "scaleCoefficient" -> b.scaleCoefficient(one(s, "from", t), one(s, "to", t),
            s.number("value"));
        case "setCoefficient" -> b.setCoefficient(one(s, "from", t), one(s, "to", t),
            s.number("value"));
        case "localize" -> {
          double theta = s.number("theta");
          if (theta < 0 || theta > 1) {
            throw s.error("theta", "must be in [0, 1], got " + theta);
          }
          List<RegionSector> products = s.has("products") ? s.sectors("products", t) : List.of();
          b.add(new org.sectoral.core.scenario.Shock.Localize(ImmutableList.copyOf(products),
              Target.each(s.sectors("sectors", t)), theta));
        }
        case "scaleValueAdded" -> {
          ValueAddedComponent.Kind kind;
          try {
            kind = ValueAddedComponent.Kind.valueOf(s.text("kind").toUpperCase(Locale.ROOT));
          } catch (IllegalArgumentException e) {
            throw s.error("kind", "one of COMPENSATION, TAXES_ON_PRODUCTION, OTHER expected");
          }
          if (kind == ValueAddedComponent.Kind.OPERATING_SURPLUS) {
            throw s.error("kind", "operating surplus is the residual of a column; scale another");
          }
          b.scaleValueAdded(kind, Target.each(s.sectors("sectors", t)), s.number("value"));
        }
        default -> throw s.error("verb", "unknown verb \"" + verb + "\"; one of setFinalDemand, "
            + "scaleFinalDemand, addFinalDemand, addFlow, addCoefficient, scaleCoefficient, "
            + "setCoefficient, localize, scaleValueAdded");
      }
    }
    return b.build();
  }

  private static FinalDemandCategory category(JsonSpec s) throws TableFormatException {
    String c = s.text("category");
    try {
      return FinalDemandCategory.valueOf(c.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw s.error("category", "unknown category \"" + c + "\"; one of "
          + List.of(FinalDemandCategory.values()));
    }
  }

  private static Target target(JsonSpec s, InputOutputTable t) throws TableFormatException {
    String mode = s.text("mode", "each");
    List<RegionSector> sectors = s.sectors("sectors", t);
    return switch (mode) {
      case "each" -> Target.each(sectors);
      case "distributed" -> Target.distributed(sectors);
      default -> throw s.error("mode", "\"each\" or \"distributed\" expected, got " + mode);
    };
  }

  private static RegionSector one(JsonSpec s, String field, InputOutputTable t)
      throws TableFormatException {
    return s.sector(field, s.text(field), t);
  }
}
