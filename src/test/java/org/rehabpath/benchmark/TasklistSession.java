package org.rehabpath.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One user signed in to Tasklist as a browser is, sending what Tasklist sends. Tasklist does not
 * send the password with every request: it signs in once, and the webapp's session (a cookie) holds
 * the user, the groups and the service sites; every change-making request carries the session's CSRF
 * token. The filters are opened through the webapp's own engine API.
 */
final class TasklistSession {

  private static final String ENGINE_API = "/camunda/api/engine/engine/default";
  private static final String CSRF_HEADER = "X-XSRF-TOKEN";

  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .cookieHandler(new CookieManager())
      .build();
  private final String baseUrl;
  private String csrfToken;

  private TasklistSession(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** Opens Tasklist, signs in as a demo user or one the benchmark created and keeps the session. */
  static TasklistSession signIn(String baseUrl, String user) {
    TasklistSession session = new TasklistSession(baseUrl);
    session.fetchCsrfToken("/camunda/app/tasklist/default/");
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(ServiceSitesOfTheBenchmark.passwordOf(user), StandardCharsets.UTF_8);
    session.send(session.request("/camunda/api/admin/auth/user/default/login/tasklist")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    // Signing in starts a new session, with a token of its own.
    session.fetchCsrfToken("/camunda/api/admin/auth/user/default");
    return session;
  }

  /** {@code GET} on the webapp's engine API, such as {@code /filter?resourceType=Task}. */
  JsonNode get(String enginePath) {
    return RestClient.body(send(request(ENGINE_API + enginePath).GET().build()));
  }

  /** {@code POST} on the webapp's engine API asking for HAL, as Tasklist lists a filter's tasks. */
  JsonNode postHal(String enginePath, Object body) {
    return RestClient.body(send(request(ENGINE_API + enginePath)
        .header("Content-Type", "application/json")
        .header("Accept", "application/hal+json")
        .POST(HttpRequest.BodyPublishers.ofString(RestClient.json(body))).build()));
  }

  private void fetchCsrfToken(String path) {
    HttpResponse<String> response = send(request(path).GET().build());
    csrfToken = response.headers().firstValue(CSRF_HEADER)
        .orElseThrow(() -> new IllegalStateException("GET " + path + " gave no CSRF token"));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofMinutes(2));
    if (csrfToken != null) {
      builder.header(CSRF_HEADER, csrfToken);
    }
    return builder;
  }

  private HttpResponse<String> send(HttpRequest request) {
    return RestClient.exchange(http, request, 200);
  }
}
