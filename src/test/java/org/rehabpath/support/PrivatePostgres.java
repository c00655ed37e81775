package org.rehabpath.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL server of one test's own, in a temporary directory on a free loopback port, so that
 * stopping it (a database outage) touches no other test and no other database. Uses the server
 * binaries of the machine ({@code pg_config --bindir}, else the newest {@code /usr/lib/postgresql/<v>/bin});
 * without them the test is skipped with a message, and fails under {@code CI=true}. As root, the
 * server runs as the user {@code postgres}, since PostgreSQL refuses to run as root.
 */
public final class PrivatePostgres implements AutoCloseable {

  private final Path binaries;
  private final Path directory;
  private final int port;
  private final boolean asPostgresUser;
  private boolean running;

  private PrivatePostgres(Path binaries, Path directory, int port, boolean asPostgresUser) {
    this.binaries = binaries;
    this.directory = directory;
    this.port = port;
    this.asPostgresUser = asPostgresUser;
  }

  /** Creates the server's data directory (initdb) and starts it; skips the test without PostgreSQL binaries. */
  public static PrivatePostgres start() throws IOException {
    Path binaries = binaries().orElse(null);
    if (binaries == null) {
      String reason = "no PostgreSQL server binaries (initdb, pg_ctl) found via pg_config --bindir"
          + " or in /usr/lib/postgresql/<version>/bin";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException("CI=true requires them, but there are " + reason);
      }
      Assumptions.abort("SKIPPED: this test runs a PostgreSQL server of its own, and there are " + reason);
    }
    boolean root = "root".equals(System.getProperty("user.name"));
    Path directory = Files.createTempDirectory("rehab-nodes-pg");
    if (root) {
      run(List.of("chown", "postgres", directory.toString()), false);
    }
    PrivatePostgres server = new PrivatePostgres(binaries, directory, ApplicationNode.freePort(), root);
    server.pg(List.of("initdb", "-D", server.data(), "-U", "postgres", "--auth=trust", "--no-sync"));
    server.startAgain();
    return server;
  }

  /** The JDBC URL of the server, without a database name (ends in "/"). */
  public String serverUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/";
  }

  /** The server's port on 127.0.0.1. */
  public int port() {
    return port;
  }

  /**
   * Runs one of the server's client tools ({@code pg_dump}, {@code pg_restore}) as the current user, as
   * an operator would from a shell: the tool's name, then its arguments. Fails with the tool's output.
   */
  public void client(String tool, String... arguments) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(binaries.resolve(tool).toString());
    command.addAll(List.of(arguments));
    run(command, true);
  }

  /** Starts the server (again) and waits until it accepts connections. */
  public void startAgain() throws IOException {
    pg(List.of("pg_ctl", "-D", data(), "-l", directory.resolve("server.log").toString(), "-w", "-t", "60",
        "-o", "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1", "start"));
    running = true;
  }

  /** Stops the server as an operator does ({@code -m fast}: open connections are cut, nothing is lost). */
  public void stop() throws IOException {
    pg(List.of("pg_ctl", "-D", data(), "-m", "fast", "-w", "-t", "60", "stop"));
    running = false;
  }

  @Override
  public void close() throws IOException {
    if (running) {
      stop();
    }
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }

  private String data() {
    return directory.resolve("data").toString();
  }

  private void pg(List<String> command) throws IOException {
    List<String> full = new ArrayList<>();
    if (asPostgresUser) {
      full.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    full.add(binaries.resolve(command.get(0)).toString());
    full.addAll(command.subList(1, command.size()));
    run(full, true);
  }

  private static void run(List<String> command, boolean quiet) throws IOException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      String output = new String(process.getInputStream().readAllBytes());
      if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IOException(String.join(" ", command) + " failed:\n" + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private static Optional<Path> binaries() {
    try {
      Process pgConfig = new ProcessBuilder("pg_config", "--bindir").redirectErrorStream(true).start();
      String bindir = new String(pgConfig.getInputStream().readAllBytes()).strip();
      if (pgConfig.waitFor() == 0 && Files.isExecutable(Path.of(bindir, "initdb"))) {
        return Optional.of(Path.of(bindir));
      }
    } catch (IOException | InterruptedException noPgConfig) {
      // Look in the Debian location below.
    }
    try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
      return versions.map(version -> version.resolve("bin"))
          .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
          .max(Comparator.comparing(bin -> Integer.parseInt(bin.getParent().getFileName().toString()
              .replaceAll("\\D", "0"))));
    } catch (IOException noDebianLayout) {
      return Optional.empty();
    }
  }
}
