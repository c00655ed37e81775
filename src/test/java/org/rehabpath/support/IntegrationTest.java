package org.rehabpath.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;

/**
 * A test against the whole application with demo identities. Runs on H2, and again on PostgreSQL in
 * the build's {@code postgres-test} run (tag {@code database}). Each test starts and ends on the real
 * time ({@link RealEngineClock}). The path coverage of the models is recorded for every test class
 * (camunda-process-test-coverage) and summed up by {@link ModelCoverageSummary} at the end of the run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("database")
@ExtendWith({PostgresAvailability.class, RealEngineClock.class})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
@Import(ProcessEngineCoverageConfiguration.class)
public @interface IntegrationTest {}
