package org.rehabpath.models;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Component;

/**
 * A bean that the process models may call by its name, in an expression, a delegate expression or a
 * listener ({@code ${caseRegistration}}, {@code ${stepRecorder.review(task)}}). These are the only
 * beans a deployed model can reach: expressions see no other bean of the application, and a model
 * that names one is refused at deployment (the engine's {@code ModelDeploymentCheck}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Component
public @interface ModelBean {

  /** The name the models call it by. */
  @AliasFor(annotation = Component.class)
  String value();
}
