package org.rehabpath.pathway;

/** The main process: one instance per case, business key = case reference. */
public final class PathwayProcess {
  public static final String KEY = "rehabilitation-case";

  private PathwayProcess() {}
}
