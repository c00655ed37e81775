package org.rehabpath.support;

import org.springframework.test.context.ActiveProfilesResolver;

/** Test profiles: {@code test,demo}, plus {@code postgres} when {@code -Dtest.database=postgres}. */
public class TestDatabaseProfiles implements ActiveProfilesResolver {

  public static boolean onPostgres() {
    return "postgres".equals(System.getProperty("test.database"));
  }

  @Override
  public String[] resolve(Class<?> testClass) {
    return onPostgres()
        ? new String[] {"test", "demo", "postgres"}
        : new String[] {"test", "demo"};
  }
}
