package org.rehabpath.casestatus;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a case is at now, for integrations and staff: no personal or clinical data beyond the task
 * names.
 *
 * @param phase the phase the case is in, or how it ended
 * @param open whether the case is still running
 * @param sections what the features add ({@link CaseStatusSection}), each under its own name
 */
public record CaseStatus(
    String caseReference,
    String serviceSite,
    String phase,
    boolean open,
    Instant openedAt,
    Instant closedAt,
    List<OpenTask> openTasks,
    List<PhaseChange> phases,
    @JsonAnyGetter Map<String, Object> sections) {

  /** A task waiting for someone: its name and the groups who may take it. */
  public record OpenTask(String name, List<String> candidateGroups, Instant created, Instant due) {}

  /** One phase the case went through, with when it started and ended. */
  public record PhaseChange(String phase, Instant startedAt, Instant endedAt) {}
}
