package org.rehabpath.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description of the project's own API ({@code /v3/api-docs}, Swagger UI). */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

  @Bean
  OpenAPI rehabPathwayApi() {
    return new OpenAPI()
        .info(new Info()
            .title("Rehab Pathway API")
            .version("1")
            .description("Referrals and case status for municipal case-management and social-assistance "
                + "systems. Authenticate with HTTP basic as a user of the integrations group."))
        .components(new Components().addSecuritySchemes("basic",
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")));
  }
}
