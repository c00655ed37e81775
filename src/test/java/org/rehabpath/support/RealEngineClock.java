package org.rehabpath.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Every integration test starts and ends on the real time. The engine's clock is one for the whole
 * JVM: a test that moves it a month on ({@link CaseWalker#moveClock}) would otherwise hand the later
 * month to the next test class, whose figures are read for the months around today.
 */
public class RealEngineClock implements BeforeEachCallback, AfterEachCallback {

  @Override
  public void beforeEach(ExtensionContext context) {
    TestClock.reset();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    TestClock.reset();
  }
}
