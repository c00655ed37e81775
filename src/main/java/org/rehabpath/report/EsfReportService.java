package org.rehabpath.report;

import java.time.YearMonth;
import java.util.List;
import org.rehabpath.security.CurrentUser;
import org.rehabpath.security.Groups;
import org.rehabpath.security.ServiceSites;
import org.rehabpath.web.InvalidPeriodException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the ESF+ report for a programme manager, over the service sites they work at. */
@Service
public class EsfReportService {

  static final List<String> READERS = List.of(Groups.PROGRAMME_MANAGERS);

  private final CurrentUser currentUser;
  private final ServiceSites serviceSites;
  private final ParticipantFactsRepository participants;
  private final ReportSettings settings;
  private final org.rehabpath.voice.ProgrammeVoiceFigures voice;

  EsfReportService(CurrentUser currentUser, ServiceSites serviceSites, ParticipantFactsRepository participants,
      ReportSettings settings, org.rehabpath.voice.ProgrammeVoiceFigures voice) {
    this.voice = voice;
    this.currentUser = currentUser;
    this.serviceSites = serviceSites;
    this.participants = participants;
    this.settings = settings;
  }

  /**
   * @param serviceSite one of the user's sites, or null for all of them
   * @throws CurrentUser.AccessRefusedException not a programme manager, or not at that site (403)
   * @throws org.rehabpath.security.UnknownServiceSiteException no such site (400)
   * @throws InvalidPeriodException from is after to (400)
   */
  @Transactional(readOnly = true)
  public EsfReport report(YearMonth from, YearMonth to, String serviceSite) {
    currentUser.requireAnyGroup(READERS, "read the ESF+ report");
    InvalidPeriodException.requireOrdered(from, to);
    List<String> sites = serviceSites.namedOrAllOwn(serviceSite, "read the ESF+ report");
    int minimum = settings.getMinimumCell();
    var counts = EsfIndicators.count(participants.between(from, to, sites), from, to);
    return new EsfReport(from, to, sites, minimum, EsfIndicators.suppress(counts, minimum),
        OwnVoiceIndicators.rows(voice.improvement(sites, from, to), minimum));
  }
}
