package org.rehabpath.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rehabpath.RehabPathwayApplication;
import org.rehabpath.engine.ProductionSafetyCheck.UnsafeConfigurationException;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;

/** The prod profile: never demo data, never without an administrator password. */
@Tag("own-application")
class ProductionProfileTest {

  /** Properties as command-line arguments: they must win over the profiles' own yaml files. */
  private static ConfigurableApplicationContext run(String profiles, String... properties) {
    Stream<String> base =
        Stream.of(
            "server.port=0",
            "management.server.port=0",
            "camunda.bpm.job-execution.enabled=false",
            // Own engine name: the engine of the shared test context stays registered as "default".
            "camunda.bpm.process-engine-name=prod-" + UUID.randomUUID().toString().substring(0, 8),
            "spring.datasource.url=jdbc:h2:mem:prod-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    return new SpringApplicationBuilder(RehabPathwayApplication.class)
        .profiles(profiles.split(","))
        .properties("spring.main.banner-mode=off", "logging.level.root=WARN")
        .run(Stream.concat(base, Stream.of(properties)).map(p -> "--" + p).toArray(String[]::new));
  }

  static final String STRONG = "Borl4nge-Falun!";

  @Test
  void prodRefusesToStartWithoutAnAdministratorPassword() {
    assertThatThrownBy(() -> run("prod").close())
        .isInstanceOf(UnsafeConfigurationException.class)
        .hasMessageContaining("administrator password");
  }

  @Test
  void prodRefusesAnAdministratorPasswordThePolicyWouldRefuse() {
    for (String weak : new String[] {"s3cret", "owned", "adminadmin1!", "Admin-password"}) {
      assertThatThrownBy(() -> run("prod", "camunda.bpm.admin-user.password=" + weak).close()).as(weak)
          .isInstanceOf(UnsafeConfigurationException.class)
          .hasMessageContaining("password policy");
    }
  }

  @Test
  void prodRefusesToLetTheEngineChangeAnExistingSchema() {
    for (String update : new String[] {"true", "drop-create", "create-drop"}) {
      assertThatThrownBy(() -> run("prod", "camunda.bpm.admin-user.password=" + STRONG,
          "camunda.bpm.database.schema-update=" + update).close()).as(update)
          .isInstanceOf(UnsafeConfigurationException.class)
          .hasMessageContaining("schema-update: " + update);
    }
  }

  @Test
  void prodRefusesToStartTogetherWithTheDemoProfile() {
    assertThatThrownBy(() -> run("prod,demo", "camunda.bpm.admin-user.password=s3cret").close())
        .isInstanceOf(UnsafeConfigurationException.class)
        .hasMessageContaining("demo");
  }

  @Test
  void theRefusalIsExplainedInOneLineWithTheActionToTake() {
    FailureAnalysis analysis =
        new UnsafeConfigurationFailureAnalyzer()
            .analyze(new UnsafeConfigurationException("The 'prod' profile needs a password.", "Set ADMIN_PASSWORD."));
    assertThat(analysis.getDescription()).doesNotContain("\n").contains("needs a password");
    assertThat(analysis.getAction()).contains("ADMIN_PASSWORD");
  }

  @Test
  void prodWithAPasswordStartsWithTheAdministratorOnlyAndNoDemoUsers() {
    try (ConfigurableApplicationContext context =
        run("prod", "camunda.bpm.admin-user.password=" + STRONG)) {
      ProcessEngine engine = context.getBean(ProcessEngine.class);
      assertThat(engine.getIdentityService().createUserQuery().list())
          .extracting(u -> u.getId())
          .containsExactly("admin");
      assertThat(engine.getIdentityService().checkPassword("admin", STRONG)).isTrue();
      assertThat(engine.getIdentityService().createTenantQuery().count()).isZero();

      var environment = context.getEnvironment();
      assertThat(environment.getProperty("server.servlet.session.cookie.secure", Boolean.class)).isTrue();
      assertThat(environment.getProperty("server.error.include-stacktrace")).isEqualTo("never");
      int port = ((org.springframework.boot.web.context.WebServerApplicationContext) context).getWebServer().getPort();
      var error = new org.springframework.boot.test.web.client.TestRestTemplate()
          .getForEntity("http://localhost:" + port + "/no-such-page", String.class);
      assertThat(error.getStatusCode().value()).isEqualTo(404);
      assertThat(error.getBody()).isNotNull().doesNotContain("Exception", "at org.", "\"trace\"");

      // Production answers are HTTPS-only; the API's description is for signed-in users.
      var rest = new org.springframework.boot.test.web.client.TestRestTemplate();
      var docs = rest.getForEntity("http://localhost:" + port + "/v3/api-docs", String.class);
      assertThat(docs.getStatusCode().value()).isEqualTo(401);
      assertThat(docs.getHeaders().getFirst("Strict-Transport-Security")).contains("max-age=");
      // No passwords on the APIs in production: integrations bring the identity provider's tokens.
      var basic = rest.withBasicAuth("admin", STRONG).getForEntity("http://localhost:" + port + "/engine-rest/engine", String.class);
      assertThat(basic.getStatusCode().value()).isEqualTo(401);
      assertThat(basic.getBody()).contains("neither the identity provider's tokens nor HTTP basic");
    }
  }

  @Test
  void prodAcceptsBasicCredentialsOnTheApisOnlyWhenTheOperatorAllowsThem() {
    try (ConfigurableApplicationContext context =
        run("prod", "camunda.bpm.admin-user.password=" + STRONG, "rehab.security.basic-auth=true")) {
      int port = ((org.springframework.boot.web.context.WebServerApplicationContext) context).getWebServer().getPort();
      var rest = new org.springframework.boot.test.web.client.TestRestTemplate();
      assertThat(rest.withBasicAuth("admin", STRONG).getForEntity("http://localhost:" + port + "/v3/api-docs", String.class)
          .getStatusCode().value()).isEqualTo(200);
      assertThat(rest.withBasicAuth("admin", "wrong").getForEntity("http://localhost:" + port + "/engine-rest/engine",
          String.class).getStatusCode().value()).isEqualTo(401);
    }
  }
}
