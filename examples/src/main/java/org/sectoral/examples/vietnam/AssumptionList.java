package org.sectoral.examples.vietnam;

import com.google.common.collect.ImmutableList;

final class AssumptionList {
  private AssumptionList() {}

  static ImmutableList<Assumption> build() {
    return ImmutableList.of();
  }
}
