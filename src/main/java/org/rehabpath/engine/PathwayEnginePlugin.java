package org.rehabpath.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Engine settings the pathway relies on. */
@Component
public class PathwayEnginePlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTenantIdProvider(new ServiceSiteTenantProvider());
    configuration.setCustomPostBPMNParseListeners(EngineConfigurationLists.with(
        configuration.getCustomPostBPMNParseListeners(), new ClinicalRecordCallActivity.ParseListener()));
  }
}
