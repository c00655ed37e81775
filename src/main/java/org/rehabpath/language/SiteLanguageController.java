package org.rehabpath.language;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.rehabpath.security.ClinicalRecords;
import org.rehabpath.security.CurrentUser;
import org.rehabpath.security.EngineAsSystem;
import org.rehabpath.security.Groups;
import org.rehabpath.security.ServiceSites;
import org.rehabpath.security.SiteLanguages;
import org.rehabpath.web.ApiProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The language each service site works in (docs/languages.md): staff read it, an administrator
 * changes it. Tasks made after a change are in the new language; tasks already open keep theirs.
 */
@RestController
@RequestMapping("/api/service-sites")
@Tag(name = "Service sites", description = "The service sites and the language each works in")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "basic")
public class SiteLanguageController {

  private final SiteLanguages siteLanguages;
  private final ServiceSites serviceSites;
  private final CurrentUser currentUser;
  private final IdentityService identityService;
  private final EngineAsSystem engine;

  SiteLanguageController(SiteLanguages siteLanguages, ServiceSites serviceSites, CurrentUser currentUser,
      IdentityService identityService, EngineAsSystem engine) {
    this.siteLanguages = siteLanguages;
    this.serviceSites = serviceSites;
    this.currentUser = currentUser;
    this.identityService = identityService;
    this.engine = engine;
  }

  public record SiteLanguageView(String serviceSite, String name, String language) {}

  public record LanguageRequest(String language) {}

  @Operation(summary = "The user's service sites (every site for an administrator) and their languages")
  @GetMapping
  public List<SiteLanguageView> list() {
    List<String> sites = isAdministrator() ? allServiceSites() : ClinicalRecords.serviceSitesAmong(currentUser.serviceSites());
    Map<String, String> names = serviceSites.names(sites);
    return sites.stream().map(site -> new SiteLanguageView(site, names.get(site), siteLanguages.ofTenant(site))).toList();
  }

  @Operation(summary = "Set the language a service site works in (administrators): en, sv, it or fi")
  @ApiResponse(responseCode = "400", description = "Not one of the supported languages; nothing changed")
  @ApiResponse(responseCode = "403", description = "Not an administrator; nothing changed")
  @PutMapping("/{serviceSite}/language")
  public ResponseEntity<SiteLanguageView> set(@PathVariable String serviceSite, @RequestBody LanguageRequest request) {
    currentUser.requireAnyGroup(List.of(Groups.CAMUNDA_ADMIN), "change the language of a service site");
    serviceSites.requireOwn(serviceSite, "change the language");
    String language = request == null ? null : request.language();
    if (language == null || !SiteLanguages.SUPPORTED.contains(language)) {
      throw new UnsupportedLanguage();
    }
    siteLanguages.set(serviceSite, language, currentUser.id());
    return ResponseEntity.status(HttpStatus.OK).body(
        new SiteLanguageView(serviceSite, serviceSites.names(List.of(serviceSite)).get(serviceSite), language));
  }

  private boolean isAdministrator() {
    return currentUser.inAnyGroup(List.of(Groups.CAMUNDA_ADMIN));
  }

  private List<String> allServiceSites() {
    return engine.query(() -> identityService.createTenantQuery().list()).stream()
        .map(tenant -> tenant.getId()).filter(id -> !ClinicalRecords.isClinicalRecord(id)).sorted().toList();
  }

  static class UnsupportedLanguage extends ApiProblemException {
    UnsupportedLanguage() {
      super("must be one of " + String.join(", ", SiteLanguages.SUPPORTED));
    }

    @Override
    public ProblemDetail problem() {
      return invalidField("language");
    }
  }
}
