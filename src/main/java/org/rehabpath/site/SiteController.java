package org.rehabpath.site;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.rehabpath.routing.TargetGroup;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/sites")
@Tag(name = "Internship sites", description = "The register of host organisations (programme managers)")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "basic")
public class SiteController {

  private final SiteRegister register;

  public SiteController(SiteRegister register) {
    this.register = register;
  }

  /** A site as the API shows it, with its free places and target groups. */
  public record SiteView(Long id, String serviceSite, String name, SiteKind kind, String sector,
      String address, int places, int placesTaken, int freePlaces, String hostTutor,
      List<TargetGroup> targetGroups, boolean active) {

    static SiteView of(InternshipSite s) {
      List<TargetGroup> groups = java.util.stream.Stream.of(TargetGroup.values()).filter(s::accepts).toList();
      return new SiteView(s.id(), s.serviceSite(), s.name(), s.kind(), s.sector(), s.address(), s.places(),
          s.placesTaken(), s.freePlaces(), s.hostTutor(), groups, s.active());
    }
  }

  @Operation(summary = "The internship sites of the manager's service sites")
  @GetMapping
  public List<SiteView> list() {
    return register.list().stream().map(SiteView::of).toList();
  }

  @Operation(summary = "One internship site")
  @GetMapping("/{id}")
  public SiteView get(@PathVariable long id) {
    return SiteView.of(register.get(id));
  }

  @Operation(summary = "Register a host organisation")
  @PostMapping
  public ResponseEntity<SiteView> register(@Valid @RequestBody SiteRequest request) {
    InternshipSite site = register.register(request);
    return ResponseEntity.created(URI.create("/api/sites/" + site.id())).body(SiteView.of(site));
  }

  @Operation(summary = "Change a site (name, kind, places, host tutor, target groups, active); not below the places taken")
  @PutMapping("/{id}")
  public SiteView change(@PathVariable long id, @Valid @RequestBody SiteRequest request) {
    return SiteView.of(register.change(id, request));
  }
}
