package org.rehabpath.engine;

import java.util.Set;

/**
 * Variables that only list a form's choices (the options a select offers), named by the feature that
 * sets them: they are the options as they were, not a fact of the case, so they get no history
 * ({@link LatestVariableValuesHistory}).
 */
public interface FormChoiceVariables {

  Set<String> names();
}
