package org.rehabpath.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.rehabpath.web.ProblemResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A browser cannot be made to change anything here from another site. HTTP basic credentials are
 * cached by the browser and sent with any request to this host, also one that a page elsewhere
 * makes (a multipart form needs no CORS preflight); so a request that changes something must come
 * from this application's own pages, or from no browser at all (an integration, Camunda Modeler,
 * curl send no {@code Origin}). Browsers mark every request with {@code Sec-Fetch-Site} and a
 * change-making one with {@code Origin}: a request from another site is refused with a 403, before
 * it is authenticated. Origins of the organisation's own portals can be trusted by configuration.
 */
public class CrossOriginWriteCheck extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(CrossOriginWriteCheck.class);
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private final List<String> trustedOrigins;

  public CrossOriginWriteCheck(List<String> trustedOrigins) {
    this.trustedOrigins = trustedOrigins.stream().map(CrossOriginWriteCheck::normalise).toList();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (SAFE_METHODS.contains(request.getMethod()) || fromThisApplication(request)) {
      chain.doFilter(request, response);
      return;
    }
    LOG.info("Refused {} {} from another site (Origin {}, Sec-Fetch-Site {})", request.getMethod(),
        request.getRequestURI(), request.getHeader("Origin"), request.getHeader("Sec-Fetch-Site"));
    ProblemResponse.write(response, HttpServletResponse.SC_FORBIDDEN, "Cross-site request refused",
        "A change is accepted from this application's own pages or from an integration, not from a page of another site.");
  }

  private boolean fromThisApplication(HttpServletRequest request) {
    String fetchSite = request.getHeader("Sec-Fetch-Site");
    String origin = request.getHeader("Origin");
    String own = ownOrigin(request);
    if (origin != null) {
      String normalised = normalise(origin);
      return normalised.equals(own) || trustedOrigins.contains(normalised);
    }
    if (fetchSite != null && !"same-origin".equals(fetchSite) && !"none".equals(fetchSite)) {
      return false;
    }
    String referer = request.getHeader("Referer");
    return referer == null || normalise(referer).equals(own) || trustedOrigins.contains(normalise(referer));
  }

  private static String ownOrigin(HttpServletRequest request) {
    return normalise(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort());
  }

  /** scheme://host:port, in lower case, with the scheme's default port made explicit. */
  static String normalise(String url) {
    try {
      URI uri = URI.create(url.trim());
      if (uri.getScheme() == null || uri.getHost() == null) {
        return "null";
      }
      String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
      int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
      return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    } catch (IllegalArgumentException e) {
      return "null";
    }
  }
}
