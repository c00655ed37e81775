package org.rehabpath.forms;

/** One field of a Camunda Form whose submitted value breaks the form's own rules. */
public record FormViolation(String fieldKey, String label, String message) {}
