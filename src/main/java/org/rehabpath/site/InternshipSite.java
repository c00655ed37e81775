package org.rehabpath.site;

import org.rehabpath.routing.TargetGroup;

/**
 * A host organisation where internships take place (table {@code internship_site}).
 *
 * @param id the site's id (null before it is stored)
 * @param serviceSite the service site (tenant) whose register holds the site
 * @param places the number of internship places
 * @param placesTaken the places taken by running placements
 * @param hostTutor the user id of the host tutor at the site
 */
public record InternshipSite(
    Long id,
    String serviceSite,
    String name,
    SiteKind kind,
    String sector,
    String address,
    int places,
    int placesTaken,
    String hostTutor,
    boolean acceptsTargetB,
    boolean acceptsTargetC,
    boolean active) {

  public int freePlaces() {
    return places - placesTaken;
  }

  public boolean accepts(TargetGroup targetGroup) {
    return switch (targetGroup) {
      case B -> acceptsTargetB;
      case C -> acceptsTargetC;
    };
  }

  /** How the site is shown in the officer's select: name, kind, sector and free places. */
  public String label() {
    String kindLabel = switch (kind) {
      case SOCIAL_COOPERATIVE_B -> "social cooperative B";
      case PUBLIC_BODY -> "public body";
      case PRIVATE_ENTERPRISE -> "private enterprise";
    };
    return "%s (%s%s) - %d of %d places free".formatted(
        name, kindLabel, sector == null || sector.isBlank() ? "" : ", " + sector, freePlaces(), places);
  }
}
