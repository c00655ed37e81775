package org.rehabpath.structure;

import org.junit.jupiter.api.Test;
import org.rehabpath.RehabPathwayApplication;
import org.springframework.modulith.core.ApplicationModules;

class ModuleStructureTest {

  static final ApplicationModules MODULES = ApplicationModules.of(RehabPathwayApplication.class);

  @Test
  void modulesDependOneWay() {
    MODULES.verify();
  }
}
