package org.rehabpath.support;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.PvmTransition;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.rehabpath.engine.EngineConfigurationLists;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Records which flow nodes and sequence flows of the models the tests pass, as "process/element",
 * for {@link ModelCoverageSummary}. An engine plugin of the tests only: a listener on every activity
 * and every sequence flow of every process the engine parses, added in Java, not in the models.
 * Registered for every application the tests start as an auto-configuration of the test classpath
 * ({@code META-INF/spring/...AutoConfiguration.imports}), so that it changes no test's context.
 */
@AutoConfiguration
public class PathCoverage {

  /** "process key/element id" of every flow node started and sequence flow taken in this JVM. */
  static final Set<String> PASSED = ConcurrentHashMap.newKeySet();

  /** A flow the engine does not take itself ("process/flow"), passed with the element it leads to. */
  static final java.util.Map<String, String> PASSED_WITH = new java.util.concurrent.ConcurrentHashMap<>();

  static boolean passed(String element) {
    return PASSED.contains(element) || (PASSED_WITH.containsKey(element) && PASSED.contains(PASSED_WITH.get(element)));
  }

  @Bean
  AbstractProcessEnginePlugin pathCoveragePlugin() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomPostBPMNParseListeners(EngineConfigurationLists.with(
            configuration.getCustomPostBPMNParseListeners(), new Recorder()));
      }
    };
  }

  static class Recorder extends AbstractBpmnParseListener {
    @Override
    public void parseRootElement(Element rootElement, List<ProcessDefinitionEntity> processDefinitions) {
      for (ProcessDefinitionEntity definition : processDefinitions) {
        String key = definition.getKey();
        Deque<ScopeImpl> scopes = new ArrayDeque<>(List.of(definition));
        while (!scopes.isEmpty()) {
          for (ActivityImpl activity : scopes.pop().getActivities()) {
            String node = key + "/" + activity.getId();
            activity.addListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution -> PASSED.add(node));
            for (PvmTransition transition : activity.getOutgoingTransitions()) {
              String flow = key + "/" + transition.getId();
              ((TransitionImpl) transition).addListener(ExecutionListener.EVENTNAME_TAKE,
                  (ExecutionListener) execution -> PASSED.add(flow));
            }
            scopes.push(activity);
          }
        }
      }
    }
  }
}
