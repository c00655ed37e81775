package org.rehabpath.engine;

/**
 * Variables that only carry what a form submits into the project's own tables, named by the feature
 * that records them (such as the participant's answers of the own-voice questionnaire, which are
 * health data): the feature removes them in the same transaction, and they get no history at all
 * ({@link LatestVariableValuesHistory}), so that they are stored nowhere in the engine.
 */
public interface TransientFormVariables {

  boolean covers(String variableName);
}
