package org.sectoral.io.text;

import java.io.ByteArrayInputStream;
import org.sectoral.io.ReadLimits;

/**
 * A part of a delimited text made of whole lines, handed out by {@link TextChunks} to be parsed
 * on another thread: its bytes, its length, the line it starts at in the whole text, and whether
 * it holds a quote (a quoted cell may run past a chunk's end).
 */
public record TextChunk(byte[] bytes, int length, int firstLine, boolean quoted) {
  /** A reader of this chunk, its lines numbered as in the whole text. */
  public CellReader reader(String source, char delimiter, ReadLimits limits) {
    return CellReader.of(source, new ByteArrayInputStream(bytes, 0, length), delimiter, limits,
        firstLine);
  }
}
