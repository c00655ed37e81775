package org.rehabpath.dataprotection;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.rehabpath.security.WebappSessionUser;
import org.rehabpath.web.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Logs the reads of a case's data through the engine REST API ({@code /engine-rest}) and the webapps'
 * engine API ({@code /camunda/api/engine/engine/default}, what Tasklist and Cockpit call), as
 * {@link EngineReads} recognises them. Runs after the authentication, so the user is the engine's
 * authenticated user (for the webapps, the session's). Only an answer of 2xx is a read. The answer is
 * held back until the read is logged: if the log cannot be written, the user gets a 503 instead of the
 * data, as from the project's API.
 */
class EngineReadLogging extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(EngineReadLogging.class);

  static final String ENGINE_REST = "/engine-rest";
  static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";
  private static final String NAMED_ENGINE = "/engine/default";

  private final IdentityService identityService;
  private final CaseTenants cases;
  private final ReadLog readLog;
  private final ObjectMapper json = new ObjectMapper();

  EngineReadLogging(IdentityService identityService, CaseTenants cases, ReadLog readLog) {
    this.identityService = identityService;
    this.cases = cases;
    this.readLog = readLog;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean webapp = path.startsWith(WEBAPP_ENGINE);
    String enginePath = webapp ? path.substring(WEBAPP_ENGINE.length())
        : path.startsWith(ENGINE_REST) ? path.substring(ENGINE_REST.length()) : null;
    if (enginePath != null && enginePath.startsWith(NAMED_ENGINE)) {
      enginePath = enginePath.substring(NAMED_ENGINE.length());
    }
    Optional<EngineReads.Target> target = enginePath == null ? Optional.empty() : EngineReads.of(request.getMethod(), enginePath);
    String user = target.isEmpty() ? null : user(request, webapp);
    if (target.isEmpty() || user == null) {
      chain.doFilter(request, response);
      return;
    }
    ContentCachingRequestWrapper cachedRequest = new ContentCachingRequestWrapper(request);
    ContentCachingResponseWrapper heldResponse = new ContentCachingResponseWrapper(response);
    chain.doFilter(cachedRequest, heldResponse);
    int status = heldResponse.getStatus();
    // An empty list is no read: the engine's tenant check left out whatever the user may not see.
    if (status >= 200 && status < 300 && !(target.get().query() && emptyList(heldResponse))) {
      try {
        List<EngineReads.Target> targets = target.get().query()
            ? EngineReads.narrowed(target.get(), request.getParameterMap(), cachedRequest.getContentAsByteArray(), json)
            : List.of(target.get());
        readLog.record(user, webapp ? ReadLog.Channel.WEBAPP : ReadLog.Channel.ENGINE_REST, reads(targets));
      } catch (RuntimeException e) {
        log.error("A read of {} {} by {} could not be logged; the answer was withheld", request.getMethod(), path, user, e);
        withhold(heldResponse);
        return;
      }
    }
    heldResponse.copyBodyToResponse();
  }

  /** The user the request is made by: the engine's authenticated user, or for the webapps the session's. */
  private String user(HttpServletRequest request, boolean webapp) {
    if (webapp) {
      return WebappSessionUser.of(request).map(Authentication::getUserId).orElse(null);
    }
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }

  private List<ReadLog.Read> reads(List<EngineReads.Target> targets) {
    List<ReadLog.Read> reads = new ArrayList<>();
    for (EngineReads.Target target : targets) {
      for (String id : target.ids()) {
        Optional<CaseTenants.Owner> owner = switch (target.record()) {
          case PROCESS_INSTANCE -> cases.ofProcessInstance(id);
          case EXECUTION -> cases.ofExecution(id);
          case TASK -> cases.ofTask(id);
          case VARIABLE -> cases.ofVariable(id);
          case DECISION -> cases.ofDecision(id);
          case BUSINESS_KEY -> cases.ofBusinessKey(id);
        };
        owner.ifPresent(o -> reads.add(new ReadLog.Read(o.caseReference(), o.tenantId(), target.kind())));
      }
    }
    return reads;
  }

  private static boolean emptyList(ContentCachingResponseWrapper response) {
    byte[] body = response.getContentAsByteArray();
    return body.length < 16 && new String(body, StandardCharsets.UTF_8).replaceAll("\\s", "").equals("[]");
  }

  private static void withhold(ContentCachingResponseWrapper response) throws IOException {
    response.resetBuffer();
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"Read not logged\",\"status\":503,"
        + "\"detail\":\"" + ReadNotLoggedException.DETAIL + "\"}").getBytes(StandardCharsets.UTF_8));
    response.copyBodyToResponse();
  }
}
