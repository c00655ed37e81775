package org.rehabpath.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/** JSON over HTTP as one user (HTTP basic), shared by all client threads. */
final class RestClient {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();

  private final String baseUrl;
  private final String authorization;

  RestClient(String baseUrl, String user, String password) {
    this.baseUrl = baseUrl;
    this.authorization = "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** A demo user, or one the benchmark created, on the node at {@code baseUrl}. */
  static RestClient demoUser(String baseUrl, String user) {
    return new RestClient(baseUrl, user, ServiceSitesOfTheBenchmark.passwordOf(user));
  }

  JsonNode get(String path) {
    return send(request(path).GET().build(), 200);
  }

  JsonNode post(String path, Object body, int expectedStatus) {
    return send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json(body))).build(), expectedStatus);
  }

  /** A PUT without a body, such as a membership. */
  JsonNode put(String path, int expectedStatus) {
    return send(request(path).PUT(HttpRequest.BodyPublishers.noBody()).build(), expectedStatus);
  }

  /** A POST with a given Accept header, as Tasklist asks for HAL (tasks with embedded variables). */
  JsonNode post(String path, Object body, String accept) {
    return send(request(path).header("Content-Type", "application/json").header("Accept", accept)
        .POST(HttpRequest.BodyPublishers.ofString(json(body))).build(), 200);
  }

  /** {@code POST /engine-rest/deployment/create} with one file (multipart/form-data). */
  JsonNode deploy(String deploymentName, Path file) {
    try {
      String boundary = "----benchmark" + UUID.randomUUID();
      String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n"
          + deploymentName + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"deploy-changed-only\"\r\n\r\ntrue\r\n"
          + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\""
          + file.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
      byte[] content = Files.readAllBytes(file);
      byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
      byte[] headBytes = head.getBytes(StandardCharsets.UTF_8);
      byte[] body = new byte[headBytes.length + content.length + tail.length];
      System.arraycopy(headBytes, 0, body, 0, headBytes.length);
      System.arraycopy(content, 0, body, headBytes.length, content.length);
      System.arraycopy(tail, 0, body, headBytes.length + content.length, tail.length);
      return send(request("/engine-rest/deployment/create")
          .header("Content-Type", "multipart/form-data; boundary=" + boundary)
          .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), 200);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + file, e);
    }
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(Duration.ofMinutes(2))
        .header("Authorization", authorization);
  }

  private static JsonNode send(HttpRequest request, int expectedStatus) {
    return body(exchange(HTTP, request, expectedStatus));
  }

  /** Sends {@code request} with {@code http}; any other status than {@code expectedStatus} fails. */
  static HttpResponse<String> exchange(HttpClient http, HttpRequest request, int expectedStatus) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != expectedStatus) {
        throw new IllegalStateException(request.method() + " " + request.uri().getPath() + " answered "
            + response.statusCode() + ": " + abbreviate(response.body()));
      }
      return response;
    } catch (IOException e) {
      throw new IllegalStateException(request.method() + " " + request.uri().getPath() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The response's JSON; an empty body is JSON null. */
  static JsonNode body(HttpResponse<String> response) {
    String body = response.body();
    try {
      return body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
    } catch (IOException e) {
      throw new IllegalStateException("Not JSON: " + abbreviate(body), e);
    }
  }

  static String json(Object body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static String abbreviate(String text) {
    return text == null || text.length() <= 500 ? String.valueOf(text) : text.substring(0, 500) + "...";
  }
}
