package org.rehabpath.site;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.rehabpath.routing.TargetGroup;

/** A host organisation as a programme manager registers or changes it. */
@Schema(example = """
    {"serviceSite": "borlange", "name": "Kooperativet Gröna Händer", "kind": "SOCIAL_COOPERATIVE_B",
     "sector": "Gardening", "address": "Parkvägen 3, Borlänge", "places": 4, "hostTutor": "host-coop",
     "targetGroups": ["B", "C"], "active": true}""")
public record SiteRequest(
    @NotBlank @Size(max = 64) @Pattern(regexp = ID, message = "must be a service site id such as borlange") String serviceSite,
    @NotBlank @Size(max = 200) @Pattern(regexp = TEXT, message = "may contain letters, digits, spaces and . , ' & ( ) / - only") String name,
    @NotNull SiteKind kind,
    @Size(max = 200) @Pattern(regexp = TEXT, message = "may contain letters, digits, spaces and . , ' & ( ) / - only") String sector,
    @Size(max = 400) @Pattern(regexp = TEXT, message = "may contain letters, digits, spaces and . , ' & ( ) / - only") String address,
    @NotNull @Min(0) @Max(1000) Integer places,
    @Schema(description = "user id of the host tutor at the site") @Size(max = 64)
        @Pattern(regexp = ID, message = "must be a user id such as host-coop") String hostTutor,
    @NotEmpty Set<TargetGroup> targetGroups,
    @Schema(description = "inactive sites are never proposed; default true") Boolean active) {

  static final String ID = "[a-z0-9]+(-[a-z0-9]+)*";
  static final String TEXT = "[\\p{L}\\p{M}\\p{N}][\\p{L}\\p{M}\\p{N} .,'\u2019&()/-]*";

  InternshipSite toSite(Long id, int placesTaken) {
    return new InternshipSite(id, serviceSite, name.strip(), kind, sector, address, places, placesTaken,
        hostTutor, targetGroups.contains(TargetGroup.B), targetGroups.contains(TargetGroup.C),
        active == null || active);
  }
}
