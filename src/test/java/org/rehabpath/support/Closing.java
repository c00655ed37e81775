package org.rehabpath.support;

/** What a node test opened, closed after it in the order given: a node before its database. */
public final class Closing {

  private Closing() {}

  /**
   * Closes each resource that was opened (null: never opened), in order, and goes on after a failure,
   * so that a node that fails to stop does not leave its database or PostgreSQL server behind; the
   * first failure is thrown at the end, with the others suppressed.
   */
  public static void inOrder(AutoCloseable... resources) throws Exception {
    Exception failure = null;
    for (AutoCloseable resource : resources) {
      if (resource == null) {
        continue;
      }
      try {
        resource.close();
      } catch (Exception e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
