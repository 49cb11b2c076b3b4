package org.sectoral.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sectoral.core.table.InputOutputTable;

/**
 * An immutable, explicitly built registry of {@link TableFormat}s, asked in order: the first
 * format that {@linkplain TableFormat#canRead recognises} a path reads it. No static
 * self-registration: start from {@link #standard()} or {@link #of} and add with {@link #with}.
 */
public final class TableFormats {
  private final List<TableFormat> formats;

  private TableFormats(List<TableFormat> formats) {
    this.formats = List.copyOf(formats);
  }

  /** A registry of the given formats, asked in this order; ids must be unique. */
  public static TableFormats of(List<? extends TableFormat> formats) {
    checkNotNull(formats, "formats");
    List<String> ids = new ArrayList<>();
    for (TableFormat f : formats) {
      checkNotNull(f, "format");
      checkArgument(!ids.contains(f.id()), "Format id %s registered twice", f.id());
      ids.add(f.id());
    }
    return new TableFormats(List.copyOf(formats));
  }

  /** Sectoral's own formats: pymrio, tidy CSV, JSON. */
  public static TableFormats standard() {
    return of(List.of(StandardFormat.values()));
  }

  /**
   * Every format Sectoral reads: EXIOBASE 3, pymrio, Scottish Government IxI workbook, xlsx, WIOD
   * NIOT, OECD ICIO, OECD IOT, tidy CSV, JSON (in the order asked).
   */
  public static TableFormats all() {
    return of(List.of(PublishedFormat.EXIOBASE_3, StandardFormat.PYMRIO,
        PublishedFormat.SCOTLAND_IXI, PublishedFormat.XLSX, PublishedFormat.WIOD_NIOT,
        PublishedFormat.OECD_ICIO, PublishedFormat.OECD_IOT, StandardFormat.TIDY_CSV,
        StandardFormat.JSON));
  }

  /** This registry with one more format, asked after the present ones. */
  public TableFormats with(TableFormat format) {
    List<TableFormat> fs = new ArrayList<>(formats);
    fs.add(checkNotNull(format, "format"));
    return of(fs);
  }

  /** The formats in the order they are asked. */
  public List<TableFormat> formats() {
    return formats;
  }

  /** A format by id, e.g. {@code "pymrio"}. */
  public Optional<TableFormat> byId(String id) {
    return formats.stream().filter(f -> f.id().equals(id)).findFirst();
  }

  /** The first format that recognises the path. */
  public Optional<TableFormat> detect(Path path) {
    checkNotNull(path, "path");
    return formats.stream().filter(f -> f.canRead(path)).findFirst();
  }

  /**
   * Reads a table in whichever format recognises the path.
   *
   * @throws TableFormatException when no registered format recognises it
   */
  public InputOutputTable read(Path path) throws IOException {
    Optional<TableFormat> f = detect(path);
    if (f.isEmpty()) {
      throw TableFormatException.ofSource(path.toString(), "no registered format recognises it"
          + " (known: " + formats.stream().map(TableFormat::id).toList() + ")");
    }
    return f.get().read(path);
  }
}
