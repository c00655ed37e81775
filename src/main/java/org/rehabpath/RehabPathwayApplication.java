package org.rehabpath;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Camunda 7 deployment for multi-professional work-rehabilitation programmes. */
// No user store of Spring Security's: users are the engine's, or the identity provider's (docs/sign-in.md).
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
public class RehabPathwayApplication {

  public static void main(String[] args) {
    SpringApplication.run(RehabPathwayApplication.class, args);
  }
}
