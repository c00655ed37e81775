package org.rehabpath.engine;

import java.util.ArrayList;
import java.util.List;

/** The engine configuration's lists of customisations, which stay null until a plugin sets one. */
public final class EngineConfigurationLists {

  private EngineConfigurationLists() {}

  /** A new list: what the configuration has so far (if anything), then {@code added}. */
  public static <T> List<T> with(List<T> existing, T added) {
    List<T> list = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
    list.add(added);
    return list;
  }
}
