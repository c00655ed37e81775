package org.rehabpath.matching;

import static org.rehabpath.matching.MatchingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.rehabpath.models.ModelBean;
import org.rehabpath.routing.TargetGroup;
import org.rehabpath.site.SiteDirectory;

/**
 * "Propose suitable sites": writes {@code suitableSites} (JSON list of {label, value}) from the
 * service site's register for the case's target group, best first, and clears the previous round's
 * choice and host decision. A case without a target group is refused.
 */
@ModelBean("proposeSuitableSites")
public class ProposeSuitableSites implements JavaDelegate {

  private final SiteDirectory siteDirectory;

  public ProposeSuitableSites(SiteDirectory siteDirectory) {
    this.siteDirectory = siteDirectory;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TargetGroup targetGroup = targetGroup(execution);
    if (targetGroup == null) {
      throw new IllegalArgumentException(
          "Matching needs the target group (targetGroup) B or C, got '" + execution.getVariable(TARGET_GROUP) + "'");
    }
    var options = SiteProposal.options(siteDirectory.suitableSites(serviceSite(execution), targetGroup));
    execution.setVariable(SUITABLE_SITES, Variables.objectValue(options)
        .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
    execution.setVariable(INTERNSHIP_SITE_ID, null);
    execution.setVariable(INTERNSHIP_SITE_NAME, null);
    execution.setVariable(HOST_TUTOR, null);
    execution.setVariable(HOST_DECISION, null);
  }
}
