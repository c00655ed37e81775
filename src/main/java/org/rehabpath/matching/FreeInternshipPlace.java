package org.rehabpath.matching;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.rehabpath.models.ModelBean;
import org.rehabpath.site.SiteDirectory;

/**
 * Frees the place at {@code internshipSiteId} when the internship ends (bean
 * {@code freeInternshipPlace}, for "End internship" in internship.bpmn or the main process).
 */
@ModelBean("freeInternshipPlace")
public class FreeInternshipPlace implements JavaDelegate {

  private final SiteDirectory siteDirectory;

  public FreeInternshipPlace(SiteDirectory siteDirectory) {
    this.siteDirectory = siteDirectory;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long siteId = MatchingVariables.INTERNSHIP_SITE_ID.find(execution).orElse(null);
    if (siteId != null) {
      siteDirectory.freePlace(siteId);
    }
  }
}
