package org.rehabpath.dataprotection;

import org.camunda.bpm.engine.IdentityService;
import org.rehabpath.security.EngineRestSecurityConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The read log's filter on the engine's two doors, after the authentication has set the user. */
@Configuration(proxyBeanMethods = false)
class ReadLogging {

  @Bean
  FilterRegistrationBean<EngineReadLogging> engineReadLogging(IdentityService identityService, CaseTenants cases,
      ReadLog readLog) {
    FilterRegistrationBean<EngineReadLogging> registration =
        new FilterRegistrationBean<>(new EngineReadLogging(identityService, cases, readLog));
    registration.setName("engine-read-logging");
    registration.addUrlPatterns(EngineReadLogging.ENGINE_REST + "/*", "/camunda/api/engine/*");
    registration.setOrder(EngineRestSecurityConfiguration.AUTHENTICATION_ORDER + 1);
    return registration;
  }
}
