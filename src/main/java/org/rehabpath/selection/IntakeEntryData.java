package org.rehabpath.selection;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rehabpath.engine.EngineClock;
import org.rehabpath.engine.FieldRefusal;
import org.rehabpath.models.ModelBean;
import org.rehabpath.participant.EntryDataInput;
import org.rehabpath.participant.Participant;
import org.rehabpath.participant.ParticipantRegister;
import org.rehabpath.participant.ParticipantRepository;
import org.rehabpath.security.CurrentUser;
import org.rehabpath.variables.CaseVariables;
import org.rehabpath.variables.ProcessVariable;
import org.rehabpath.web.MessageText;

/**
 * The ESF+ entry data at the intake ("Check consent and eligibility"). On create, the form's entry
 * fields are filled from the participant record, or, for a case opened from Tasklist's start form
 * (which has no record), with the birth year and gender of the start form. On complete, for a
 * participant who consents and is eligible, the fields are checked (400 naming the field, the task
 * stays open), the record is created or completed, and the day of entry is recorded. The form's
 * values are task-local; values sent with a completion over the API land on the selection instance
 * and are removed from it: the record is their place, not the case.
 */
@ModelBean("intakeEntryData")
public class IntakeEntryData implements TaskListener {

  /** Referrer of a case started without one (over the engine REST API without the start form). */
  static final String DIRECT_REFERRAL = "direct";

  private final ParticipantRepository participants;
  private final ParticipantRegister register;
  private final CurrentUser currentUser;

  public IntakeEntryData(ParticipantRepository participants, ParticipantRegister register,
      CurrentUser currentUser) {
    this.participants = participants;
    this.register = register;
    this.currentUser = currentUser;
  }

  @Override
  public void notify(DelegateTask task) {
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> prefill(task);
      case EVENTNAME_COMPLETE -> record(task);
      default -> { }
    }
  }

  private void prefill(DelegateTask task) {
    Map<String, Object> values = participants.findByCaseReference(CaseVariables.CASE_REFERENCE.get(task))
        .map(EntryDataInput::formValues)
        .orElseGet(() -> {
          Map<String, Object> fromStartForm = new HashMap<>();
          EntryDataInput.FIELDS.forEach(field -> fromStartForm.put(field, null));
          fromStartForm.put(EntryDataInput.BIRTH_YEAR, fromCase(task, CaseVariables.BIRTH_YEAR));
          fromStartForm.put(EntryDataInput.GENDER, fromCase(task, CaseVariables.GENDER));
          return fromStartForm;
        });
    // Task-local: the form shows them, the selection instance does not keep them.
    task.setVariablesLocal(values);
  }

  private void record(DelegateTask task) {
    String caseReference = CaseVariables.CASE_REFERENCE.get(task);
    Boolean consentGiven = CaseVariables.CONSENT_GIVEN.find(task).orElse(null);
    boolean included = Boolean.TRUE.equals(consentGiven) && Boolean.TRUE.equals(SelectionVariables.ELIGIBLE.find(task).orElse(null));
    Optional<Participant> existing = participants.findByCaseReference(caseReference);
    if (included) {
      LocalDate today = EngineClock.today();
      EntryDataInput input = read(task, today.getYear());
      if (existing.isPresent()) {
        participants.updateEntryData(input.applyTo(existing.get()));
      } else {
        newRecord(task, caseReference, input);
      }
      participants.recordIntake(caseReference, true, today);
    } else if (existing.isPresent() && consentGiven != null) {
      participants.recordIntake(caseReference, consentGiven, null);
    }
    DelegateExecution execution = task.getExecution();
    EntryDataInput.FIELDS.stream().filter(execution::hasVariableLocal).forEach(execution::removeVariableLocal);
  }

  private static EntryDataInput read(DelegateTask task, int entryYear) {
    EntryDataInput.Read read = EntryDataInput.read(field -> submitted(task, field), entryYear);
    if (!read.valid()) {
      throw FieldRefusal.of(read.problems().get(0).field(),
          read.problems().stream().map(EntryDataInput.Problem::text).toList(), ".");
    }
    return read.data();
  }

  /**
   * A field as submitted: completing over the API sets the variables on the instance, Tasklist's
   * submit-form on the task-local pre-filled ones; a field not sent keeps the pre-filled value.
   */
  private static Object submitted(DelegateTask task, String field) {
    DelegateExecution execution = task.getExecution();
    return execution.hasVariableLocal(field) ? execution.getVariableLocal(field) : task.getVariableLocal(field);
  }

  private void newRecord(DelegateTask task, String caseReference, EntryDataInput input) {
    List<String> missing = input.missingRequired();
    if (!missing.isEmpty()) {
      throw FieldRefusal.of(missing.get(0), missing.size() == 1
          ? MessageText.of("selection.entryData.required.one", EntryDataInput.labelled(missing.get(0)))
          : MessageText.of("selection.entryData.required.several", labelledList(missing)));
    }
    String referrerService = fromCase(task, CaseVariables.REFERRER_SERVICE);
    String referrerReference = fromCase(task, CaseVariables.REFERRER_REFERENCE);
    var referral = referrerService == null || referrerReference == null
        ? new ParticipantRegister.Referral(DIRECT_REFERRAL, caseReference)
        : new ParticipantRegister.Referral(referrerService.strip(), referrerReference.strip());
    String[] names = names(task);
    String site = Optional.ofNullable(CaseVariables.SERVICE_SITE.get(task)).orElse(task.getTenantId());
    DelegateExecution main = Optional.ofNullable(task.getExecution().getProcessInstance().getSuperExecution())
        .orElse(task.getExecution());
    try {
      register.register(caseReference, site, referral, names[0], names[1], input, true,
          main.getProcessInstanceId(), null);
    } catch (ParticipantRegister.AlreadyReferred duplicate) {
      // A case opened before the check at the start existed: its way out is to close it as a duplicate.
      throw FieldRefusal.of(SelectionVariables.ELIGIBLE.name(),
          MessageText.of("selection.duplicate.closeThisOne", duplicate.textFor(currentUser)));
    }
  }

  /** Fields and their labels, "'Birth year' (birthYear), 'Gender' (gender)", in the reader's language. */
  private static MessageText labelledList(List<String> fields) {
    MessageText list = EntryDataInput.labelled(fields.get(0));
    for (String field : fields.subList(1, fields.size())) {
      list = MessageText.of("selection.entryData.list", list, EntryDataInput.labelled(field));
    }
    return list;
  }

  /** First and last name from the case (the start form's), else split from the participant name. */
  private static String[] names(DelegateTask task) {
    String first = fromCase(task, CaseVariables.FIRST_NAME);
    String last = fromCase(task, CaseVariables.LAST_NAME);
    if (first != null && last != null) {
      return new String[] {first.strip(), last.strip()};
    }
    String name = Optional.ofNullable(CaseVariables.PARTICIPANT_NAME.get(task)).orElse("").strip();
    int space = name.lastIndexOf(' ');
    if (space <= 0) {
      throw FieldRefusal.of(CaseVariables.LAST_NAME.name(), MessageText.of("selection.participantName.missing"));
    }
    return new String[] {name.substring(0, space).strip(), name.substring(space + 1).strip()};
  }

  /**
   * A variable of the case that the selection is not handed (the start form's birth year, gender,
   * names and referral): kept in the case until the intake records them, read from there.
   */
  private static <T> T fromCase(DelegateTask task, ProcessVariable<T> variable) {
    T value = variable.get(task);
    DelegateExecution caller = task.getExecution().getProcessInstance().getSuperExecution();
    return value != null || caller == null ? value : variable.get(caller);
  }
}
