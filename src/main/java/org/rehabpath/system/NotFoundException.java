package org.rehabpath.system;

/** Nothing of that name exists for this user; the API answers 404. */
public class NotFoundException extends RuntimeException {
  public NotFoundException(String message) {
    super(message);
  }
}
