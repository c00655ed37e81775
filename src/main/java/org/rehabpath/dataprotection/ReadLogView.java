package org.rehabpath.dataprotection;

import java.util.List;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.rehabpath.casestatus.UserCases;
import org.rehabpath.security.ClinicalRecords;
import org.rehabpath.security.CurrentUser;
import org.rehabpath.security.Groups;
import org.springframework.stereotype.Service;

/**
 * A case's read log as its reader may see it: the programme managers of the case's service site read
 * the reads of the site's data; the clinicians of its clinical record (doctors and psychologists
 * with the tenant {@code <site>-clinical}) the reads of the clinical record; the administrator both.
 * Of the entries a reader may not see, only their number is given, so that a manager knows the
 * clinical record was read and can ask its clinicians, without learning by whom or when.
 */
@Service
class ReadLogView {

  static final List<String> SITE_READERS = List.of(Groups.PROGRAMME_MANAGERS, Groups.CAMUNDA_ADMIN);
  static final List<String> CLINICIANS = List.of(Groups.DOCTORS, Groups.PSYCHOLOGISTS);

  /** The reads shown, oldest first, and how many others the reader may not see. */
  record CaseReadLog(String caseReference, List<ReadLog.Entry> reads, int readsNotShown) {}

  private final CurrentUser currentUser;
  private final UserCases userCases;
  private final ReadLog readLog;

  ReadLogView(CurrentUser currentUser, UserCases userCases, ReadLog readLog) {
    this.currentUser = currentUser;
    this.userCases = userCases;
    this.readLog = readLog;
  }

  CaseReadLog of(String caseReference) {
    currentUser.requireAnyGroup(List.of(Groups.PROGRAMME_MANAGERS, Groups.CAMUNDA_ADMIN, Groups.DOCTORS,
        Groups.PSYCHOLOGISTS), "read who read a case");
    HistoricProcessInstance main = userCases.find(caseReference);
    String site = main.getTenantId();
    boolean siteReader = currentUser.inAnyGroup(SITE_READERS);
    boolean clinicalReader = readsClinicalRecordOf(site);
    if (!siteReader && !clinicalReader) {
      throw new CurrentUser.AccessRefusedException("Your role may not read who read a case.");
    }
    List<ReadLog.Entry> all = readLog.of(caseReference);
    List<ReadLog.Entry> shown = all.stream()
        .filter(entry -> ClinicalRecords.isClinicalRecord(entry.tenantId()) ? clinicalReader : siteReader)
        .toList();
    return new CaseReadLog(caseReference, shown, all.size() - shown.size());
  }

  /** A clinician of the site's clinical record, or the administrator. */
  boolean readsClinicalRecordOf(String serviceSite) {
    return currentUser.inAnyGroup(List.of(Groups.CAMUNDA_ADMIN))
        || currentUser.inAnyGroup(CLINICIANS) && currentUser.worksAt(ClinicalRecords.tenantOf(serviceSite));
  }
}
