package org.rehabpath.engine;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.rehabpath.models.ModelBean;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

/**
 * Limits what deployed models can reach: expressions (and the DMN engine's) resolve only the model
 * beans ({@link ModelBean}), no other bean of the application, and every new deployment passes
 * {@link ModelDeploymentCheck} before the engine parses it.
 */
@Component
public class ModelSafetyPlugin extends AbstractProcessEnginePlugin {

  private final ApplicationContext applicationContext;

  public ModelSafetyPlugin(ApplicationContext applicationContext) {
    this.applicationContext = applicationContext;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    Map<String, Class<?>> modelBeans = modelBeans();
    Map<Object, Object> beans = new ModelBeans(modelBeans.keySet(), applicationContext);
    configuration.setBeans(beans);
    configuration.setExpressionManager(new SpringExpressionManager(applicationContext, beans));
    configuration.setCustomPreDeployers(EngineConfigurationLists.with(
        configuration.getCustomPreDeployers(), new ModelDeploymentGate(new ModelDeploymentCheck(modelBeans))));
  }

  /**
   * The model beans by name, with their classes, read from the classes (not from the application
   * context, which is still being built when the engine starts).
   */
  public static Map<String, Class<?>> modelBeans() {
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(ModelBean.class));
    return scanner.findCandidateComponents("org.rehabpath").stream()
        .map(ModelSafetyPlugin::classOf)
        .collect(Collectors.toUnmodifiableMap(type -> type.getAnnotation(ModelBean.class).value(), type -> type));
  }

  private static Class<?> classOf(BeanDefinition definition) {
    try {
      return Class.forName(definition.getBeanClassName());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The model beans by name, each taken from the application context when an expression asks. */
  static class ModelBeans extends AbstractMap<Object, Object> {
    private final Set<String> names;
    private final ApplicationContext applicationContext;

    ModelBeans(Set<String> names, ApplicationContext applicationContext) {
      this.names = names;
      this.applicationContext = applicationContext;
    }

    @Override
    public boolean containsKey(Object key) {
      return names.contains(key);
    }

    @Override
    public Object get(Object key) {
      return names.contains(key) ? applicationContext.getBean((String) key) : null;
    }

    @Override
    public Set<Entry<Object, Object>> entrySet() {
      return names.stream()
          .map(name -> (Entry<Object, Object>) new SimpleImmutableEntry<Object, Object>(name, get(name)))
          .collect(Collectors.toUnmodifiableSet());
    }
  }
}
