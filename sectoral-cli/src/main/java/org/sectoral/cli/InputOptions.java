package org.sectoral.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** How to read the input table: options shared by {@code analyze} and {@code validate}. */
final class InputOptions {
  @Option(names = "--value-added-rows", paramLabel = "EXT[:ROW[=KIND]]",
      description = {"pymrio folders and EXIOBASE: take these extension rows as value added",
          "instead of the residual x - 1'Z (repeatable; EXT alone takes every row of the",
          "extension; KIND is COMPENSATION, OPERATING_SURPLUS, TAXES_ON_PRODUCTION or OTHER,",
          "else from the name; PRODUCT_TAXES or IMPORTS send the row to net product taxes or",
          "the imports block). The rows must add up to x - 1'Z."})
  List<String> valueAddedRows = new ArrayList<>();

  @Option(names = "--assume-import-proportionality",
      description = {"OECD total-flows (ttl) tables: split domestic and imported flows by the",
          "import-proportionality assumption (an estimate) instead of keeping total flows."})
  boolean importProportionality;
}
