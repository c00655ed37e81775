package org.rehabpath.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test against the whole application with demo identities. Runs on H2, and again on PostgreSQL in
 * the build's {@code postgres-test} run (tag {@code database}). Each test starts and ends on the real
 * time ({@link RealEngineClock}). Which paths of the models the tests pass is recorded
 * ({@link PathCoverage}) and summed up by {@link ModelCoverageSummary} at the end of the run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("database")
@ExtendWith({PostgresAvailability.class, RealEngineClock.class})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
public @interface IntegrationTest {}
