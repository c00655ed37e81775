package org.rehabpath;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Camunda 7 deployment for multi-professional work-rehabilitation programmes. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RehabPathwayApplication {

  public static void main(String[] args) {
    SpringApplication.run(RehabPathwayApplication.class, args);
  }
}
