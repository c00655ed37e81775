package org.rehabpath.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The server listens before the application is ready: the demo users, the roles' permissions, the
 * Tasklist filters and the service sites are made once the engine runs, after the web server has
 * started. A request in that window would be refused for a role the user does not have yet, or find
 * an empty task list. Until Spring Boot declares the application ready to accept traffic (and again
 * while it shuts down), every request gets a 503 with {@code Retry-After} instead: a client or a load
 * balancer retries, nothing is half done.
 */
@Configuration(proxyBeanMethods = false)
public class StartupGate {

  static final int RETRY_AFTER_SECONDS = 2;

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> startupGateFilter(ApplicationAvailability availability) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
          chain.doFilter(request, response);
          return;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
        ProblemResponse.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Starting",
            "The application is starting or stopping; nothing was read or saved. Please retry in a few seconds.");
      }
    });
    registration.setName("startup-gate");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
