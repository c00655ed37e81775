package org.rehabpath.matching;

import static org.rehabpath.matching.MatchingVariables.*;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.rehabpath.models.ModelBean;
import org.rehabpath.site.SiteDirectory;
import org.rehabpath.site.SiteFullException;

/**
 * "Take the place": takes a place at the accepted site and sets matchingOutcome MATCHED. A site that
 * filled up meanwhile (another officer was quicker) throws the BPMN error {@code site-full}; the model
 * routes it back to proposing sites, with {@code siteFullNotice} for the officer.
 */
@ModelBean("takePlace")
public class TakePlace implements JavaDelegate {

  private final SiteDirectory siteDirectory;

  public TakePlace(SiteDirectory siteDirectory) {
    this.siteDirectory = siteDirectory;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long siteId = INTERNSHIP_SITE_ID.find(execution).orElse(null);
    if (siteId == null) {
      throw new IllegalStateException("No internship site (internshipSiteId) chosen");
    }
    try {
      siteDirectory.takePlace(siteId);
    } catch (SiteFullException e) {
      SITE_FULL_NOTICE.set(execution, e.getMessage() + ": choose another site.");
      throw new BpmnError(ERROR_SITE_FULL, e.getMessage());
    }
    SITE_FULL_NOTICE.set(execution, null);
    MATCHING_OUTCOME.set(execution, MatchingOutcome.MATCHED);
  }
}
