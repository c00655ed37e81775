package org.rehabpath.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.rehabpath.support.IntegrationTest;
import org.rehabpath.variables.CaseVariables;
import org.springframework.beans.factory.annotation.Autowired;

/** A case started without the referral API (Tasklist's start form, engine REST) still gets a reference and its checks. */
@IntegrationTest
class CaseRegistrationTest {

  @Autowired RuntimeService runtimeService;

  Map<String, Object> referral() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CaseVariables.FIRST_NAME.name(), "Aino");
    variables.put(CaseVariables.LAST_NAME.name(), "Virtanen");
    variables.put(CaseVariables.BIRTH_YEAR.name(), 1988);
    variables.put(CaseVariables.SERVICE_SITE.name(), "falun");
    variables.put(CaseVariables.CONSENT_GIVEN.name(), true);
    return variables;
  }

  ProcessInstance start(Map<String, Object> variables) {
    return runtimeService.createProcessInstanceByKey("rehabilitation-case").processDefinitionWithoutTenantId()
        .setVariables(variables).execute();
  }

  @Test
  void aCaseWithoutBusinessKeyGetsACaseReferenceAndItsSitesTenant() {
    ProcessInstance instance = start(referral());
    assertThat(instance.getBusinessKey()).matches("RC-\\d{4}-\\d{6}");
    assertThat(instance.getTenantId()).isEqualTo("falun");
    assertThat(runtimeService.getVariables(instance.getId()))
        .containsEntry(CaseVariables.CASE_REFERENCE.name(), instance.getBusinessKey())
        .containsEntry(CaseVariables.PARTICIPANT_NAME.name(), "Aino Virtanen");
  }

  @Test
  void aCaseWithoutNameBirthYearOrServiceSiteIsRefused() {
    for (String missing : new String[] {"firstName", CaseVariables.LAST_NAME.name(), CaseVariables.BIRTH_YEAR.name(), "serviceSite"}) {
      Map<String, Object> variables = referral();
      variables.remove(missing);
      assertThatThrownBy(() -> start(variables)).as(missing)
          .isInstanceOf(FormFieldValidationException.class);
    }
  }
}
