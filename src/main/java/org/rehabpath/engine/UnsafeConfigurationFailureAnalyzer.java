package org.rehabpath.engine;

import org.rehabpath.engine.ProductionSafetyCheck.UnsafeConfigurationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints the refusal as one explanation and one action instead of a stack trace. */
public class UnsafeConfigurationFailureAnalyzer
    extends AbstractFailureAnalyzer<UnsafeConfigurationException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, UnsafeConfigurationException cause) {
    return new FailureAnalysis(cause.getMessage(), cause.action(), null);
  }
}
