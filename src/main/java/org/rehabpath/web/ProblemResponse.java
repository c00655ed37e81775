package org.rehabpath.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An RFC 9457 problem written by a servlet filter, before Spring MVC's {@link ApiProblemHandler} could
 * (authentication, the start-up gate, cross-site refusals): the same shape, {@code detail} and
 * {@code message} alike, as the API's own problems.
 */
public final class ProblemResponse {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ProblemResponse() {}

  public static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", title);
    problem.put("status", status);
    problem.put("detail", detail);
    problem.put("message", detail);
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(JSON.writeValueAsString(problem));
  }
}
