package org.rehabpath.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.el.ExpressionManager;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.rehabpath.forms.FormSchemas;
import org.rehabpath.forms.FormTranslations;
import org.rehabpath.security.SiteLanguages;
import org.springframework.stereotype.Component;

/**
 * Staff see a case's tasks in the language of the case's service site: the task's name and its form.
 * The models stay in English, the language people model in; at deployment every user task gets a
 * name and a form reference that choose, when the task is made, the translation of the site's
 * language: the name from {@code processes/i18n/<process id>_<language>.properties} (key: the task's
 * id), the form {@code <form id>-<language>} when the deployment has it ({@link FormTranslations}).
 * Whatever has no translation stays English. Start forms stay English: no case, so no site, is
 * known before the start.
 */
@Component
public class SiteLanguageTasks extends AbstractProcessEnginePlugin {

  private final SiteLanguages siteLanguages;
  private final FormSchemas forms;

  SiteLanguageTasks(SiteLanguages siteLanguages, FormSchemas forms) {
    this.siteLanguages = siteLanguages;
    this.forms = forms;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPostBPMNParseListeners(EngineConfigurationLists.with(
        configuration.getCustomPostBPMNParseListeners(), new Translate()));
  }

  /** The texts of a process's tasks in one language, by task id; read once per process and language. */
  private final Map<String, Properties> taskNames = new java.util.concurrent.ConcurrentHashMap<>();

  private Properties taskNames(String processKey, String language) {
    return taskNames.computeIfAbsent(processKey + "_" + language, name -> FormTranslations
        .classpathTexts("processes/i18n/" + name + ".properties").orElseGet(Properties::new));
  }

  private String language(VariableScope scope) {
    String tenantId = scope instanceof TaskEntity task ? task.getTenantId()
        : scope instanceof ExecutionEntity execution ? execution.getTenantId() : null;
    return siteLanguages.ofTenant(tenantId);
  }

  private class Translate extends AbstractBpmnParseListener {
    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
      if (!(activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask)) {
        return;
      }
      TaskDefinition task = userTask.getTaskDefinition();
      String processKey = activity.getProcessDefinition() instanceof ProcessDefinitionEntity definition
          ? definition.getKey() : null;
      ExpressionManager expressions = Context.getProcessEngineConfiguration().getExpressionManager();
      if (task.getNameExpression() != null && processKey != null) {
        Map<String, Expression> names = new HashMap<>();
        for (String language : FormTranslations.LANGUAGES) {
          String name = taskNames(processKey, language).getProperty(activity.getId());
          if (name != null && !name.isBlank()) {
            names.put(language, expressions.createExpression(name));
          }
        }
        task.setNameExpression(new InSiteLanguage(task.getNameExpression(), names));
      }
      FormDefinition form = task.getFormDefinition();
      if (form != null && form.getCamundaFormDefinitionKey() != null
          && form.getCamundaFormDefinitionKey().isLiteralText()) {
        form.setCamundaFormDefinitionKey(new FormInSiteLanguage(form.getCamundaFormDefinitionKey()));
      }
    }
  }

  /** An expression evaluated in the language of the site of the task or execution it is evaluated for. */
  /** Whether the deployment has the form; read by the engine, as the user may not read deployments. */
  private boolean hasForm(String deploymentId, String formId) {
    CommandContext commandContext = Context.getCommandContext();
    boolean tenantCheck = commandContext.isTenantCheckEnabled();
    commandContext.disableTenantCheck();
    try {
      return commandContext.runWithoutAuthorization(() -> forms.find(
          Context.getProcessEngineConfiguration().getRepositoryService(), deploymentId, formId).isPresent());
    } finally {
      commandContext.setTenantCheckEnabled(tenantCheck);
    }
  }

  /** The model's own expression, in English; what the engine evaluates is chosen by the site's language. */
  private abstract static class InPlaceOf implements Expression {
    final Expression english;

    InPlaceOf(Expression english) {
      this.english = english;
    }

    @Override
    public void setValue(Object value, VariableScope scope) {
      english.setValue(value, scope);
    }

    /** The model's own text: what Cockpit, the model checks and the history show. */
    @Override
    public String getExpressionText() {
      return english.getExpressionText();
    }
  }

  /** The model's expression or its translation, for the language of the site of the task or execution. */
  private class InSiteLanguage extends InPlaceOf {
    private final Map<String, Expression> translations;

    InSiteLanguage(Expression english, Map<String, Expression> translations) {
      super(english);
      this.translations = translations;
    }

    @Override
    public Object getValue(VariableScope scope) {
      return translations.getOrDefault(language(scope), english).getValue(scope);
    }

    @Override
    public boolean isLiteralText() {
      return english.isLiteralText();
    }
  }

  /** The form of the site's language when the task's deployment has it, else the model's. */
  private class FormInSiteLanguage extends InPlaceOf {
    FormInSiteLanguage(Expression english) {
      super(english);
    }

    @Override
    public Object getValue(VariableScope scope) {
      String formId = english.getExpressionText();
      String language = language(scope);
      if (SiteLanguages.ENGLISH.equals(language) || !(scope instanceof TaskEntity task)
          || task.getProcessDefinition() == null) {
        return formId;
      }
      String variant = FormTranslations.variantId(formId, language);
      String deploymentId = task.getProcessDefinition().getDeploymentId();
      return hasForm(deploymentId, variant) ? variant : formId;
    }

    /** Not literal: the engine must evaluate it for the task, not take its text. */
    @Override
    public boolean isLiteralText() {
      return false;
    }
  }
}
