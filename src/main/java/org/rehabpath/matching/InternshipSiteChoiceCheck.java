package org.rehabpath.matching;

import static org.rehabpath.matching.MatchingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rehabpath.models.ModelBean;
import org.rehabpath.site.InternshipSite;
import org.rehabpath.site.SiteDirectory;

/**
 * Complete listener of "Choose internship site": refuses a site that was not proposed (HTTP 400 over
 * REST; the task stays open) and sets {@code internshipSiteName} and {@code hostTutor} from the
 * register. The proposal goes once a site is chosen: the host tutor's task, which follows, would
 * otherwise carry every suitable site with its free places, other hosts' included (a decline proposes
 * again).
 */
@ModelBean("internshipSiteChoiceCheck")
public class InternshipSiteChoiceCheck implements TaskListener {

  private final SiteDirectory siteDirectory;

  public InternshipSiteChoiceCheck(SiteDirectory siteDirectory) {
    this.siteDirectory = siteDirectory;
  }

  @Override
  public void notify(DelegateTask task) {
    long siteId = SiteChoice.check(INTERNSHIP_SITE_ID.submitted(task), suitableSiteIds(task));
    INTERNSHIP_SITE_ID.set(task, siteId);
    InternshipSite site = siteDirectory.site(siteId);
    INTERNSHIP_SITE_NAME.set(task, site.name());
    HOST_TUTOR.set(task, site.hostTutor());
    task.getExecution().removeVariable(SUITABLE_SITES.name());
  }
}
