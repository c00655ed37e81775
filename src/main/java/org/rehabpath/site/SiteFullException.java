package org.rehabpath.site;

/** Thrown when a place is taken at a site that has none free (or does not exist). */
public class SiteFullException extends RuntimeException {

  private final long siteId;

  public SiteFullException(long siteId, String message) {
    super(message);
    this.siteId = siteId;
  }

  public long siteId() {
    return siteId;
  }
}
