package org.rehabpath.caseevent;

import java.time.LocalDate;
import java.util.List;
import org.rehabpath.casestatus.CaseStatusSection;
import org.rehabpath.casestatus.CaseStatusService;
import org.rehabpath.casestatus.UserCases;
import org.rehabpath.caseevent.CaseEventRecords.CaseEvent;
import org.rehabpath.security.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * A case's events (talks, employment, studies, withdrawal, pauses) for its site's staff, and its pause
 * as part of the case's status. Host tutors and integrations never read them: talks are about the
 * person and their family, and a pause's reason may be a hospital stay.
 */
@Service
public class CaseEventHistory implements CaseStatusSection {

  static final List<String> READERS = CaseStatusService.STAFF_READERS;

  /** The pause in force: since when and why. */
  public record PauseView(LocalDate pausedOn, PauseReason reason) {}

  private final CaseEventRecords events;
  private final CurrentUser currentUser;
  private final UserCases userCases;

  CaseEventHistory(CaseEventRecords events, CurrentUser currentUser, UserCases userCases) {
    this.events = events;
    this.currentUser = currentUser;
    this.userCases = userCases;
  }

  public List<CaseEvent> eventsOf(String caseReference) {
    currentUser.requireAnyGroup(READERS, "read the events and talks of cases");
    userCases.find(caseReference);
    return events.forCase(caseReference);
  }

  @Override
  public String name() {
    return "pausedSince";
  }

  @Override
  public Object of(String caseReference) {
    return events.openPause(caseReference).map(pause -> new PauseView(pause.pausedOn(), pause.reason())).orElse(null);
  }
}
