package org.rehabpath.site;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.rehabpath.security.CurrentUser;
import org.rehabpath.security.EngineAsSystem;
import org.rehabpath.security.Groups;
import org.rehabpath.security.ServiceSites;
import org.rehabpath.web.ApiProblemException;
import org.rehabpath.web.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;

/** The register of internship sites as programme managers keep it, each within their service sites. */
@Service
public class SiteRegister {

  static final List<String> MANAGERS = List.of(Groups.PROGRAMME_MANAGERS);

  private final InternshipSiteRepository sites;
  private final CurrentUser currentUser;
  private final IdentityService identityService;
  private final EngineAsSystem engine;
  private final ServiceSites serviceSites;

  public SiteRegister(InternshipSiteRepository sites, CurrentUser currentUser,
      IdentityService identityService, EngineAsSystem engine, ServiceSites serviceSites) {
    this.serviceSites = serviceSites;
    this.sites = sites;
    this.currentUser = currentUser;
    this.identityService = identityService;
    this.engine = engine;
  }

  /** A request the register refuses for a reason a client can act on (400, naming the field). */
  public static class InvalidSiteException extends ApiProblemException {
    private final String field;

    public InvalidSiteException(String field, String message) {
      super(message);
      this.field = field;
    }

    public String field() {
      return field;
    }

    @Override
    public ProblemDetail problem() {
      return invalidField(field);
    }
  }

  /** Another site of the service site already has that name (409). */
  public static class DuplicateSiteException extends ApiProblemException {
    public DuplicateSiteException(String name) {
      super("The service site already has an internship site named '" + name + "'.");
    }

    @Override
    public ProblemDetail problem() {
      return problem(HttpStatus.CONFLICT, "Site already registered");
    }
  }

  public List<InternshipSite> list() {
    currentUser.requireAnyGroup(MANAGERS, "read the register of internship sites");
    return currentUser.serviceSites().stream().flatMap(site -> sites.findByServiceSite(site).stream()).toList();
  }

  public InternshipSite get(long id) {
    currentUser.requireAnyGroup(MANAGERS, "read the register of internship sites");
    return sites.findById(id)
        .filter(site -> currentUser.worksAt(site.serviceSite()))
        .orElseThrow(() -> new NotFoundException("There is no internship site " + id + " in your service sites."));
  }

  public InternshipSite register(SiteRequest request) {
    check(request);
    try {
      return sites.insert(request.toSite(null, 0));
    } catch (DuplicateKeyException e) {
      throw new DuplicateSiteException(request.name());
    }
  }

  public InternshipSite change(long id, SiteRequest request) {
    InternshipSite current = get(id);
    check(request);
    if (!current.serviceSite().equals(request.serviceSite())) {
      throw new InvalidSiteException("serviceSite", "A site cannot move to another service site; register it there.");
    }
    try {
      if (!sites.update(request.toSite(id, current.placesTaken()))) {
        throw new InvalidSiteException("places", "must be at least the places taken now (" + get(id).placesTaken() + ")");
      }
    } catch (DuplicateKeyException e) {
      throw new DuplicateSiteException(request.name());
    }
    return get(id);
  }

  private void check(SiteRequest request) {
    currentUser.requireAnyGroup(MANAGERS, "change the register of internship sites");
    serviceSites.requireOwn(request.serviceSite(), "change the register of internship sites");
    String tutor = request.hostTutor();
    if (tutor != null && engine.query(() -> identityService.createUserQuery().userId(tutor).count()) == 0) {
      throw new InvalidSiteException("hostTutor", "there is no user '" + tutor + "'");
    }
  }
}
