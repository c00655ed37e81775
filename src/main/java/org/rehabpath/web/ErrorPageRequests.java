package org.rehabpath.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /error} is where the server forwards a failed request; asked for directly it is a page like
 * any that does not exist (404), not a server error: Spring's error page answers 500 when no error
 * came before it.
 */
@Configuration(proxyBeanMethods = false)
public class ErrorPageRequests {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> directErrorPageRequests() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        ProblemResponse.write(response, HttpServletResponse.SC_NOT_FOUND, "Not Found", "No such page.");
      }
    });
    registration.setName("direct-error-page-requests");
    registration.addUrlPatterns("/error", "/error/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
    return registration;
  }
}
