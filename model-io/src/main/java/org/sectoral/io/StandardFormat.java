package org.sectoral.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.io.json.JsonTableReader;
import org.sectoral.io.json.JsonTableWriter;
import org.sectoral.io.pymrio.PymrioReader;
import org.sectoral.io.pymrio.PymrioWriter;
import org.sectoral.io.tidy.TidyCsvReader;
import org.sectoral.io.tidy.TidyCsvWriter;

/** Sectoral's exchange formats, read and written with default options. */
public enum StandardFormat implements TableFormat {
  /** pymrio's saved-system folder, or a {@code .zip} of it (see {@link PymrioReader}). */
  PYMRIO("pymrio") {
    @Override
    public boolean canRead(Path path) {
      return PymrioReader.looksLikePymrio(path);
    }

    @Override
    public InputOutputTable read(Path path) throws IOException {
      return PymrioReader.create().read(path);
    }

    @Override
    public void write(InputOutputTable table, Path path) throws IOException {
      if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
        PymrioWriter.writeZip(table, path);
      } else {
        PymrioWriter.write(table, path);
      }
    }
  },
  /** Sectoral tidy CSV, one value per row (see {@link TidyCsvReader}). */
  TIDY_CSV("tidy-csv") {
    @Override
    public boolean canRead(Path path) {
      return TidyCsvReader.looksLikeTidy(path);
    }

    @Override
    public InputOutputTable read(Path path) throws IOException {
      return TidyCsvReader.create().read(path);
    }

    @Override
    public void write(InputOutputTable table, Path path) throws IOException {
      TidyCsvWriter.write(table, path);
    }
  },
  /** Sectoral JSON tables (see {@link JsonTableReader}). */
  JSON("json") {
    @Override
    public boolean canRead(Path path) {
      return JsonTableReader.looksLikeJson(path);
    }

    @Override
    public InputOutputTable read(Path path) throws IOException {
      return JsonTableReader.create().read(path);
    }

    @Override
    public void write(InputOutputTable table, Path path) throws IOException {
      JsonTableWriter.write(table, path);
    }
  };

  private final String id;

  StandardFormat(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
