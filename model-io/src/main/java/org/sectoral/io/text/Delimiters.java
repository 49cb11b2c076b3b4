package org.sectoral.io.text;

/** Delimiters in messages: how one is shown, and a hint when a file seems to use another. */
public final class Delimiters {
  private Delimiters() {}

  /** A hint when {@code first} (the first line) has no {@code delimiter} but another common one. */
  public static String hint(String first, char delimiter) {
    if (first.indexOf(delimiter) >= 0) {
      return "";
    }
    for (char c : new char[] {',', ';', '\t', '|'}) {
      if (c != delimiter && first.indexOf(c) >= 0) {
        return "; the first line contains '" + printable(c) + "': is the delimiter '"
            + printable(delimiter) + "' right?";
      }
    }
    return "";
  }

  /** A delimiter as shown in messages ({@code \t} for a tab). */
  public static String printable(char c) {
    return c == '\t' ? "\\t" : String.valueOf(c);
  }
}
