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
    TargetGroup targetGroup = TARGET_GROUP.find(execution).orElse(null);
    if (targetGroup == null) {
      throw new IllegalArgumentException(
          "Matching needs the target group (targetGroup) B or C, got '" + TARGET_GROUP.submitted(execution) + "'");
    }
    var options = SiteProposal.options(siteDirectory.suitableSites(SERVICE_SITE.get(execution), targetGroup));
    SUITABLE_SITES.set(execution, Variables.objectValue(options)
        .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
    INTERNSHIP_SITE_ID.set(execution, null);
    INTERNSHIP_SITE_NAME.set(execution, null);
    HOST_TUTOR.set(execution, null);
    HOST_DECISION.set(execution, null);
  }
}
