package org.sectoral.examples.vietnam;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Where a fact comes from: publisher, headline or table title, date and address. A reader can
 * look every one of them up; a figure derived from a source says how in its own text.
 *
 * @param publisher the publisher (and the office it quotes, where it quotes one)
 * @param title the headline or table title, as published (Vietnamese titles with a translation)
 * @param date the publication date, ISO 8601 where known ({@code 2025-01-06}), else as shown
 * @param url the address, or empty where there is none
 */
public record Source(String publisher, String title, String date, String url) {
  /** Validates the parts. */
  public Source {
    checkNotNull(publisher, "publisher");
    checkNotNull(title, "title");
    checkNotNull(date, "date");
    checkNotNull(url, "url");
  }

  /** One line: publisher, "title", date, address. */
  public String citation() {
    return publisher + ", \u201c" + title + "\u201d, " + date + (url.isEmpty() ? "" : ", " + url);
  }

  @Override
  public String toString() {
    return citation();
  }
}
