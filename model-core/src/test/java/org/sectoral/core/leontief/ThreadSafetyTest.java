package org.sectoral.core.leontief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.testing.RandomEconomies;

/** One model shared by many threads gives every thread the answer a single thread gets. */
class ThreadSafetyTest {
  @Test
  void sharedModelAnswersConcurrentQuestionsIdentically() throws Exception {
    InputOutputTable t = RandomEconomies.national(80, 99);
    LeontiefModel shared = LeontiefModel.of(t);
    Multipliers multipliers = Multipliers.of(t, shared);
    double[] expectedInverse = LeontiefModel.of(t).leontiefInverse().toRowMajorArray();
    double[] expectedTypeII = Multipliers.of(t).output(MultiplierType.TYPE_II).toArray();
    double[] expectedGhosh = LeontiefModel.of(t).ghoshRowSums();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Boolean>> tasks = new ArrayList<>();
      for (int k = 0; k < 32; k++) {
        tasks.add(() -> java.util.Arrays.equals(shared.leontiefInverse().toRowMajorArray(),
            expectedInverse)
            && java.util.Arrays.equals(multipliers.output(MultiplierType.TYPE_II).toArray(),
                expectedTypeII)
            && java.util.Arrays.equals(shared.ghoshRowSums(), expectedGhosh));
      }
      for (Future<Boolean> f : pool.invokeAll(tasks)) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
