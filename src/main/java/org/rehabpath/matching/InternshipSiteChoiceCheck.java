package org.rehabpath.matching;

import static org.rehabpath.matching.MatchingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rehabpath.models.ModelBean;
import org.rehabpath.site.InternshipSite;
import org.rehabpath.site.SiteDirectory;

/**
 * Create listener of "Choose internship site": the participant's preferred sectors, from the case, as
 * a variable of this task alone, so that the labour-market officer sees them and the host tutor's task,
 * in the same phase, does not.
 *
 * <p>Complete listener of "Choose internship site": refuses a site that was not proposed (HTTP 400 over
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
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      DelegateExecution theCase = task.getExecution().getProcessInstance().getSuperExecution();
      if (theCase != null) {
        task.setVariableLocal(PREFERRED_SECTORS.name(), theCase.getVariableTyped(PREFERRED_SECTORS.name()));
      }
      return;
    }
    long siteId = SiteChoice.check(INTERNSHIP_SITE_ID.submitted(task), suitableSiteIds(task));
    INTERNSHIP_SITE_ID.set(task, siteId);
    InternshipSite site = siteDirectory.site(siteId);
    INTERNSHIP_SITE_NAME.set(task, site.name());
    HOST_TUTOR.set(task, site.hostTutor());
    task.getExecution().removeVariable(SUITABLE_SITES.name());
  }
}
