package org.rehabpath.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One node of the application as an operating-system process of its own, on a database given by
 * its JDBC URL, listening on a free loopback port: what a cluster node, a crash (SIGKILL) or a
 * restart is in production. Used by the cluster and fault tests and by the benchmark.
 *
 * <p>Its health probes and metrics are on a second free port ({@link #managementUrl()}), as in production.
 *
 * <p>The node runs the demo users (password "demo") with the job executor on. Its output goes to
 * {@code target/nodes/<name>.log}; a node that does not come up fails with the end of that log.
 */
public final class ApplicationNode implements AutoCloseable {

  private static final String MAIN_CLASS = "org.rehabpath.RehabPathwayApplication";
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(2)).build();

  private final String name;
  private final int port;
  private final int managementPort;
  private final Path log;
  private final Process process;
  private final Builder settings;

  private ApplicationNode(String name, int port, int managementPort, Path log, Process process, Builder settings) {
    this.name = name;
    this.port = port;
    this.managementPort = managementPort;
    this.log = log;
    this.process = process;
    this.settings = settings;
  }

  /** A node to be started on the PostgreSQL database at {@code jdbcUrl}. */
  public static Builder onPostgres(String name, String jdbcUrl) {
    return new Builder(name, jdbcUrl);
  }

  public String name() {
    return name;
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  public int port() {
    return port;
  }

  /** Where Actuator answers: the health probes and the Prometheus metrics. */
  public String managementUrl() {
    return "http://127.0.0.1:" + managementPort;
  }

  /** GET on the management port, without credentials, as a load balancer or Prometheus asks. */
  public HttpResponse<String> management(String path) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create(managementUrl() + path)).timeout(Duration.ofSeconds(30))
        .GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  public long pid() {
    return process.pid();
  }

  public Path log() {
    return log;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /**
   * Starts the node again, with the same settings on the same port (clients find it where it was),
   * after it was stopped or killed.
   */
  public ApplicationNode restart() {
    if (process.isAlive()) {
      throw new IllegalStateException("Node " + name + " is still running");
    }
    return settings.port(port).managementPort(managementPort).start();
  }

  /** GET as a demo user (password "demo"). */
  public HttpResponse<String> get(String user, String path) throws IOException, InterruptedException {
    return HTTP.send(request(user, path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  /** POST of a JSON body as a demo user (password "demo"). */
  public HttpResponse<String> post(String user, String path, String json) throws IOException, InterruptedException {
    return HTTP.send(request(user, path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String user, String path) {
    String credentials = java.util.Base64.getEncoder()
        .encodeToString((user + ":demo").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create(baseUrl() + path))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Basic " + credentials);
  }

  /** SIGKILL: the node gets no chance to finish anything, as in a power cut or an OOM kill. */
  public void kill() {
    process.destroyForcibly();
    waitForExit();
  }

  /** SIGTERM: Spring Boot shuts down gracefully. */
  public void stop() {
    process.destroy();
    if (!waitForExit()) {
      kill();
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      stop();
    }
  }

  /** Resident memory of the node's process, in KiB, from {@code /proc} (Linux). */
  public long residentKiB() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid()), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", ""));
        }
      }
      return -1;
    } catch (IOException e) {
      return -1;
    }
  }

  /** The last lines of the node's log, for failure messages. */
  public String logTail(int lines) {
    try {
      List<String> all = Files.readAllLines(log);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private boolean waitForExit() {
    try {
      return process.waitFor(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Waits until the node answers HTTP with anything but 503 (the REST API asks for credentials): it
   * answers 503 until its users, permissions and filters are in place.
   */
  private ApplicationNode awaitReady(Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    HttpRequest probe = HttpRequest.newBuilder(URI.create(baseUrl() + "/engine-rest/version"))
        .timeout(Duration.ofSeconds(2)).build();
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Node " + name + " exited with " + process.exitValue()
            + " while starting:\n" + logTail(60));
      }
      try {
        if (HTTP.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() != 503) {
          return this;
        }
        sleep(250);
      } catch (IOException e) {
        sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    kill();
    throw new IllegalStateException("Node " + name + " did not answer within " + timeout + ":\n"
        + logTail(60));
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The test's class path without the test classes and without empty entries (an empty entry is the
   * working directory, which holds processes/ and forms/ a second time).
   */
  private static String applicationClassPath() {
    return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
        .filter(entry -> !entry.isBlank() && !entry.endsWith("test-classes"))
        .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How to start a node. Defaults: the test's own class path, a 1 GiB heap, the demo profile. */
  public static final class Builder {
    private final String name;
    private final String jdbcUrl;
    private String classPath = applicationClassPath();
    private String jar;
    private String maxHeap = "1g";
    private int port;
    private int managementPort;
    private Duration startTimeout = Duration.ofMinutes(3);
    private final Map<String, String> properties = new LinkedHashMap<>();
    private final List<String> jvmOptions = new ArrayList<>();

    private Builder(String name, String jdbcUrl) {
      this.name = name;
      this.jdbcUrl = jdbcUrl;
    }

    /** Runs the packaged application ({@code java -jar}) instead of the class path. */
    public Builder jar(String jarPath) {
      this.jar = jarPath;
      return this;
    }

    public Builder maxHeap(String maxHeap) {
      this.maxHeap = maxHeap;
      return this;
    }

    /** A fixed port, for a restart that clients should find at the same address. */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** A fixed management port, kept across a restart like the application's port. */
    public Builder managementPort(int port) {
      this.managementPort = port;
      return this;
    }

    /** An application property, as {@code --key=value} on the command line. */
    public Builder property(String key, Object value) {
      properties.put(key, String.valueOf(value));
      return this;
    }

    public Builder jvmOption(String option) {
      jvmOptions.add(option);
      return this;
    }

    public Builder startTimeout(Duration timeout) {
      this.startTimeout = timeout;
      return this;
    }

    /** Starts the node and waits until it answers HTTP. */
    public ApplicationNode start() {
      int nodePort = port > 0 ? port : freePort();
      int nodeManagementPort = managementPort > 0 ? managementPort : freePort();
      Path logFile = Path.of("target", "nodes", name + ".log").toAbsolutePath();
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Xmx" + maxHeap);
      command.add("-XX:+ExitOnOutOfMemoryError");
      command.addAll(jvmOptions);
      if (jar != null) {
        command.addAll(List.of("-jar", jar));
      } else {
        command.addAll(List.of("-cp", classPath, MAIN_CLASS));
      }
      command.add("--server.port=" + nodePort);
      command.add("--management.server.port=" + nodeManagementPort);
      command.add("--spring.profiles.active=postgres,demo");
      command.add("--spring.main.banner-mode=off");
      properties.forEach((key, value) -> command.add("--" + key + "=" + value));
      try {
        Files.createDirectories(logFile.getParent());
        ProcessBuilder builder = new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().put("POSTGRES_URL", jdbcUrl);
        builder.environment().remove("H2_URL");
        Files.writeString(logFile, "=== " + Instant.now() + " " + String.join(" ", command.subList(0, 3))
            + " ... " + name + "\n", java.nio.file.StandardOpenOption.CREATE,
            java.nio.file.StandardOpenOption.APPEND);
        return new ApplicationNode(name, nodePort, nodeManagementPort, logFile, builder.start(), this).awaitReady(startTimeout);
      } catch (IOException e) {
        throw new UncheckedIOException("Could not start node " + name, e);
      }
    }
  }
}
