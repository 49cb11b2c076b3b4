package org.sectoral.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.testing.RandomEconomies;
import org.sectoral.io.json.JsonTableWriter;
import org.sectoral.io.pymrio.PymrioWriter;
import org.sectoral.io.pymrio.ValueAddedRow;

/** References to files and built-in tables, with the reading choices of the command line. */
class TableLoaderTest {
  @TempDir Path dir;

  @Test
  void builtinNamesResolveAgainstAnExplicitRegistryOrDiscoveredServices() throws Exception {
    BuiltinTables explicit = BuiltinTables.of(BuiltinTables.table("two", "a test table",
        () -> RandomEconomies.national(2, 1)));
    TableLoader loader = TableLoader.builder().builtins(explicit).build();
    LoadedTable t = loader.load("builtin:two");
    assertThat(t.table().size()).isEqualTo(2);
    assertThat(t.source()).isEqualTo("builtin:two");
    assertThat(t.pymrio()).isEmpty();
    assertThatThrownBy(() -> loader.load("builtin:nope")).isInstanceOf(
        TableFormatException.class).hasMessageContaining("builtin:nope")
        .hasMessageContaining("known: builtin:two");
    assertThatThrownBy(() -> TableLoader.defaults().load("builtin:two"))
        .hasMessageContaining("none is registered");
    // discovery is opt-in: the test service appears only when asked for
    BuiltinTables found = BuiltinTables.discover();
    assertThat(found.references()).contains("builtin:random-6");
    assertThat(found.with(explicit).references()).containsExactly("builtin:random-6",
        "builtin:two");
    assertThatThrownBy(() -> explicit.with(explicit)).isInstanceOf(
        IllegalArgumentException.class);
    assertThatThrownBy(() -> BuiltinTables.of(BuiltinTables.table("Bad Name", "x",
        () -> null))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TableLoader.builder().builtins(explicit).format("json").build()
        .load("builtin:two")).isInstanceOf(TableFormatException.class)
        .hasMessageContaining("not read from a file");
  }

  @Test
  void filesAreReadByDetectedOrNamedFormatRelativeToABase() throws Exception {
    InputOutputTable t = RandomEconomies.national(4, 3);
    JsonTableWriter.write(t, dir.resolve("t.json"));
    PymrioWriter.write(t, dir.resolve("p"));
    assertThat(TableLoader.defaults().load("t.json", dir).table().intermediate()
        .toRowMajorArray()).isEqualTo(t.intermediate().toRowMajorArray());
    assertThat(TableLoader.defaults().load(dir.resolve("p")).pymrio()).isPresent();
    assertThatThrownBy(() -> TableLoader.builder().format("tidy-csv").build()
        .load(dir.resolve("t.json"))).isInstanceOf(TableFormatException.class);
    assertThatThrownBy(() -> TableLoader.builder().format("nope"))
        .isInstanceOf(TableFormatException.class).hasMessageContaining("known formats");
    assertThatThrownBy(() -> TableLoader.defaults().load("missing.json", dir))
        .isInstanceOf(NoSuchFileException.class);
    assertThatThrownBy(() -> TableLoader.builder()
        .valueAddedRow(ValueAddedRow.parse("factor_inputs")).build().load(dir.resolve("t.json")))
        .isInstanceOf(TableFormatException.class).hasMessageContaining("pymrio folders");
    assertThatThrownBy(() -> TableLoader.builder().importProportionality(true).build()
        .load(dir.resolve("t.json"))).hasMessageContaining("OECD total-flows");
  }
}
