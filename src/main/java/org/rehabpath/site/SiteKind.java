package org.rehabpath.site;

/** The kind of host organisation. */
public enum SiteKind {
  /** A social cooperative of type B (work integration of disadvantaged people). */
  SOCIAL_COOPERATIVE_B,
  /** A municipality, region or other public body. */
  PUBLIC_BODY,
  /** A local private enterprise. */
  PRIVATE_ENTERPRISE
}
