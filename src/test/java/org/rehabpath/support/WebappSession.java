package org.rehabpath.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A demo user signed in to the webapps as a browser is: one sign-in, then the session cookie and its
 * CSRF token on every request, as Tasklist, Cockpit and the dashboard send them.
 */
public final class WebappSession {

  public static final String ENGINE_API = "/camunda/api/engine/engine/default";
  private static final String CSRF_HEADER = "X-XSRF-TOKEN";

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).cookieHandler(new CookieManager()).build();
  private final String baseUrl;
  private String csrfToken;

  private WebappSession(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** Opens Tasklist and signs in with the password "demo". */
  public static WebappSession signIn(String baseUrl, String user) throws IOException, InterruptedException {
    WebappSession session = new WebappSession(baseUrl);
    session.fetchCsrfToken("/camunda/app/tasklist/default/");
    HttpResponse<String> login = session.send(session.request("/camunda/api/admin/auth/user/default/login/tasklist")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo"))
        .build());
    if (login.statusCode() != 200) {
      throw new IllegalStateException(user + " could not sign in: " + login.statusCode() + " " + login.body());
    }
    session.fetchCsrfToken("/camunda/api/admin/auth/user/default");
    return session;
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(request(path).GET().build());
  }

  /** A GET asking for one kind of answer, as a browser ({@code text/html}) or an API client does. */
  public HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
    return send(request(path).header("Accept", accept).GET().build());
  }

  /** A GET with headers of the browser's own, such as its {@code Accept-Language}. */
  public HttpResponse<String> get(String path, String accept, String... headers) throws IOException, InterruptedException {
    return send(request(path).header("Accept", accept).headers(headers).GET().build());
  }

  /** A form posted as a browser posts it, without the webapps' CSRF header. */
  public HttpResponse<String> postForm(String path, String form) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofMinutes(1))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build());
  }

  public HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
    return send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  /** A GET with headers of the browser's own, such as its {@code Accept-Language}. */
  public HttpResponse<String> getWithHeaders(String path, String... headers) throws IOException, InterruptedException {
    return send(request(path).headers(headers).GET().build());
  }

  /** JSON posted with headers of the browser's own, such as its {@code Accept-Language}. */
  public HttpResponse<String> postJson(String path, String json, String... headers) throws IOException, InterruptedException {
    return send(request(path).header("Content-Type", "application/json").headers(headers)
        .POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  private void fetchCsrfToken(String path) throws IOException, InterruptedException {
    csrfToken = send(request(path).GET().build()).headers().firstValue(CSRF_HEADER)
        .orElseThrow(() -> new IllegalStateException("GET " + path + " gave no CSRF token"));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofMinutes(1));
    return csrfToken == null ? builder : builder.header(CSRF_HEADER, csrfToken);
  }

  private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
