package org.rehabpath.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.io.IOException;
import java.net.URI;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.rehabpath.web.ApiProblemHandler;
import org.rehabpath.web.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database is unavailable every REST call answers 503 with the same problem body and
 * {@code Retry-After} (see {@link DatabaseUnavailable}), wherever the error surfaces: in the
 * project's API ({@link ApiProblemHandler}), in the engine REST API (which would answer 500 with the
 * exception's text), or in the authentication filter, which reads the user from the database before
 * any of them.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseOutageResponses {

  private static final Logger log = LoggerFactory.getLogger(DatabaseOutageResponses.class);

  /** Outermost, so that it also sees the errors of the authentication filter. */
  @Bean
  FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(ObjectMapper json) {
    FilterRegistrationBean<DatabaseOutageFilter> registration =
        new FilterRegistrationBean<>(new DatabaseOutageFilter(json));
    registration.setName("database-outage");
    registration.addUrlPatterns("/engine-rest/*", "/api/*", "/dashboard");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
    return registration;
  }

  /** Camunda's own mappers answer 500; these take precedence and keep them for every other error. */
  @Bean
  ResourceConfigCustomizer engineRestDatabaseOutage(ObjectMapper json) {
    return config -> config
        .register(new EngineExceptionMapper(json))
        .register(new OtherExceptionMapper(json));
  }

  static String body(ObjectMapper json, String path) {
    ProblemDetail problem = DatabaseUnavailable.problem();
    problem.setInstance(URI.create(path));
    try {
      return json.writeValueAsString(problem);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static class DatabaseOutageFilter extends OncePerRequestFilter {
    private final ObjectMapper json;

    DatabaseOutageFilter(ObjectMapper json) {
      this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      try {
        chain.doFilter(request, response);
      } catch (ServletException | IOException | RuntimeException e) {
        if (!DatabaseUnavailable.isCause(e) || response.isCommitted()) {
          throw e;
        }
        log.warn("{} {} refused, the database is unavailable: {}", request.getMethod(), request.getRequestURI(),
            e.getMessage());
        response.resetBuffer();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body(json, request.getRequestURI()));
      }
    }
  }

  /** Maps a database outage to 503 and hands every other error to Camunda's own handling. */
  abstract static class DatabaseOutageMapper<E extends Throwable> implements ExceptionMapper<E> {
    private final ObjectMapper json;
    @Context private UriInfo uriInfo;

    DatabaseOutageMapper(ObjectMapper json) {
      this.json = json;
    }

    @Override
    public Response toResponse(E error) {
      if (!DatabaseUnavailable.isCause(error)) {
        return ExceptionHandlerHelper.getInstance().getResponse(error);
      }
      String path = uriInfo == null ? "/engine-rest" : "/engine-rest/" + uriInfo.getPath();
      log.warn("Engine REST call {} refused, the database is unavailable: {}", path, error.getMessage());
      return Response.status(Response.Status.SERVICE_UNAVAILABLE)
          .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS)
          .type(MediaType.APPLICATION_PROBLEM_JSON_VALUE)
          .entity(body(json, path))
          .build();
    }
  }

  @Priority(1)
  static class EngineExceptionMapper extends DatabaseOutageMapper<ProcessEngineException> {
    EngineExceptionMapper(ObjectMapper json) {
      super(json);
    }
  }

  @Priority(1)
  static class OtherExceptionMapper extends DatabaseOutageMapper<Throwable> {
    OtherExceptionMapper(ObjectMapper json) {
      super(json);
    }
  }
}
