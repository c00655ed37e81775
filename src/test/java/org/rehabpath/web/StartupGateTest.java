package org.rehabpath.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A request that arrives before the application is ready is told to come back, and reaches nothing. */
class StartupGateTest {

  private final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();
  private final jakarta.servlet.Filter gate = new StartupGate().startupGateFilter(availability).getFilter();

  @Test
  void beforeTheApplicationIsReadyARequestGets503WithRetryAfterAndReachesNothing() throws Exception {
    MockFilterChain chain = new MockFilterChain();
    MockHttpServletResponse response = new MockHttpServletResponse();

    gate.doFilter(new MockHttpServletRequest("POST", "/api/referrals"), response, chain);

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeader("Retry-After")).isEqualTo("2");
    assertThat(response.getContentType()).startsWith("application/problem+json");
    assertThat(response.getContentAsString()).contains("\"status\":503", "nothing was read or saved");
    assertThat(chain.getRequest()).as("request passed on").isNull();
  }

  @Test
  void onceReadyRequestsPassAndWhileStoppingTheyAreRefusedAgain() throws Exception {
    publish(ReadinessState.ACCEPTING_TRAFFIC);
    MockFilterChain chain = new MockFilterChain();
    gate.doFilter(new MockHttpServletRequest("GET", "/api/cases"), new MockHttpServletResponse(), chain);
    assertThat(chain.getRequest()).as("request passed on").isNotNull();

    publish(ReadinessState.REFUSING_TRAFFIC);
    MockHttpServletResponse response = new MockHttpServletResponse();
    gate.doFilter(new MockHttpServletRequest("GET", "/api/cases"), response, new MockFilterChain());
    assertThat(response.getStatus()).isEqualTo(503);
  }

  private void publish(ReadinessState state) {
    availability.onApplicationEvent(new AvailabilityChangeEvent<>(new StaticApplicationContext(), state));
  }
}
