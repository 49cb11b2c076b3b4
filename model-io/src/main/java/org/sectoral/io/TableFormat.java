package org.sectoral.io;

import java.io.IOException;
import java.nio.file.Path;
import org.sectoral.core.table.InputOutputTable;

/**
 * A file format that reads and writes whole input-output tables. Formats are registered
 * explicitly in a {@link TableFormats} registry; {@link StandardFormat} holds Sectoral's own.
 */
public interface TableFormat {
  /** A short lower-case name for command lines and messages, e.g. {@code "pymrio"}. */
  String id();

  /** Whether this format recognises the file or folder (by name and, cheaply, by content). */
  boolean canRead(Path path);

  /** Reads a table. */
  InputOutputTable read(Path path) throws IOException;

  /**
   * Writes a table atomically.
   *
   * @throws UnsupportedOperationException when the format is read-only
   */
  void write(InputOutputTable table, Path path) throws IOException;
}
