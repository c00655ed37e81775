package org.rehabpath.writes;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.rehabpath.forms.FormContracts;
import org.rehabpath.security.EngineAsSystem;
import org.rehabpath.security.EngineRestSecurityConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The write contract guards both doors of the engine REST API, after the user is authenticated. */
@Configuration(proxyBeanMethods = false)
public class WriteContractConfiguration {

  @Bean
  FilterRegistrationBean<EngineWriteContract> engineWriteContract(IdentityService identityService,
      TaskService taskService, RuntimeService runtimeService, RepositoryService repositoryService,
      FormService formService, FormContracts forms, EngineAsSystem asSystem, MessageSource messages) {
    var registration = new FilterRegistrationBean<>(new EngineWriteContract(
        identityService, taskService, runtimeService, repositoryService, formService, forms, asSystem, messages));
    registration.setName("engine-write-contract");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(EngineRestSecurityConfiguration.AUTHENTICATION_ORDER + 1);
    return registration;
  }
}
