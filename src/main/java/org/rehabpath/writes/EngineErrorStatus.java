package org.rehabpath.writes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * The engine REST API answers 500 to much bad input: a query sorted by a variable it does not name,
 * a task changed to another tenant, a decision that cannot be evaluated with the values given. The
 * engine's own exception and error code tell the client's mistakes from the server's: such an answer
 * becomes a 400 (a lost update 409), with the engine's body as it was; a database failure or a bug
 * stays a 500. Answers that are not 500 pass through untouched and unbuffered.
 */
final class EngineErrorStatus extends HttpServletResponseWrapper {

  /** Camunda's built-in error codes (BuiltinExceptionCode). */
  private static final int OPTIMISTIC_LOCKING = 1;
  private static final int DEADLOCK = 10_000;
  private static final int FOREIGN_KEY_VIOLATION = 10_001;
  private static final int COLUMN_TOO_SMALL = 10_002;
  /** Engine exceptions that carry the client's mistake. */
  private static final Set<String> CLIENT_ERRORS = Set.of("NullValueException", "NotValidException",
      "BadUserRequestException", "ProcessEngineException", "RestException", "InvalidRequestException",
      "FormFieldValidationException", "FormException", "DmnEngineException", "FeelException",
      "ScriptEvaluationException", "ParseException", "IllegalArgumentException", "NumberFormatException");
  /** Words of a failure of the server or its database, whatever the exception's type. */
  private static final Set<String> SERVER_FAILURES = Set.of("sql", "jdbc", "database", "connection", "ibatis",
      "persistence", "nullpointer", "classcast", "outofmemory");
  private static final ObjectMapper JSON = new ObjectMapper();

  private ByteArrayOutputStream held;
  private ServletOutputStream heldStream;
  private PrintWriter heldWriter;

  private final boolean write;

  /** @param write the request changes something: a field it lacks makes the engine fail with a null */
  EngineErrorStatus(HttpServletResponse response, boolean write) {
    super(response);
    this.write = write;
  }

  @Override
  public void setStatus(int status) {
    if (status == SC_INTERNAL_SERVER_ERROR) {
      held = new ByteArrayOutputStream();
    } else {
      super.setStatus(status);
    }
  }

  @Override
  public ServletOutputStream getOutputStream() throws IOException {
    if (held == null) {
      return super.getOutputStream();
    }
    if (heldStream == null) {
      heldStream = new ServletOutputStream() {
        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
          throw new UnsupportedOperationException();
        }

        @Override
        public void write(int b) {
          held.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
          held.write(b, off, len);
        }
      };
    }
    return heldStream;
  }

  @Override
  public PrintWriter getWriter() throws IOException {
    if (held == null) {
      return super.getWriter();
    }
    if (heldWriter == null) {
      heldWriter = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
    }
    return heldWriter;
  }

  @Override
  public void flushBuffer() throws IOException {
    if (held == null) {
      super.flushBuffer();
    }
  }

  /** Sends a held 500 on, with the status its cause deserves. */
  void finish() throws IOException {
    if (held == null) {
      return;
    }
    if (heldWriter != null) {
      heldWriter.flush();
    }
    byte[] body = held.toByteArray();
    super.setStatus(statusFor(body, write));
    super.getOutputStream().write(body);
  }

  static int statusFor(byte[] body, boolean write) {
    JsonNode error;
    try {
      error = JSON.readTree(body);
    } catch (IOException e) {
      return SC_INTERNAL_SERVER_ERROR;
    }
    if (error == null || !error.isObject()) {
      return SC_INTERNAL_SERVER_ERROR;
    }
    int code = error.path("code").asInt(0);
    String type = error.path("type").asText("");
    String message = error.path("message").asText("").toLowerCase(Locale.ROOT);
    if (code == OPTIMISTIC_LOCKING || code == FOREIGN_KEY_VIOLATION) {
      return SC_CONFLICT;
    }
    if ("SuspendedEntityInteractionException".equals(type) || message.contains("is suspended")) {
      return SC_CONFLICT; // the case is paused (case-event): its tasks wait for the resumption
    }
    if (code == COLUMN_TOO_SMALL) {
      return SC_BAD_REQUEST;
    }
    if (write && "NullPointerException".equals(type) && message.contains("is null")) {
      return SC_BAD_REQUEST; // a body without a field the engine reads unchecked ("because "dto" is null")
    }
    if (code == DEADLOCK || SERVER_FAILURES.stream().anyMatch(message::contains)) {
      return SC_INTERNAL_SERVER_ERROR;
    }
    return CLIENT_ERRORS.contains(type) ? SC_BAD_REQUEST : SC_INTERNAL_SERVER_ERROR;
  }
}
