package org.rehabpath.voice;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rehabpath.voice.Instruments.Instrument;
import org.rehabpath.voice.ParticipantVoice.CaseVoice;
import org.rehabpath.voice.ParticipantVoice.ResponseView;
import org.rehabpath.voice.VoiceResponses.Response;
import org.springframework.stereotype.Component;

/**
 * A case's questionnaires with their scores and the participant's change from the baseline (their
 * first BASELINE answers, else their first) to their latest, worked out without a user's rights: the
 * API checks who reads it, a task's text is for those the task is offered to.
 */
@Component
class ParticipantVoiceFigures {

  private final Instruments instruments;
  private final VoiceResponses responses;

  ParticipantVoiceFigures(Instruments instruments, VoiceResponses responses) {
    this.instruments = instruments;
    this.responses = responses;
  }

  CaseVoice caseVoice(String caseReference) {
    List<ResponseView> views = new ArrayList<>();
    for (Response response : responses.forCase(caseReference)) {
      Instrument version = instruments.version(response.instrumentCode(), response.instrumentVersion()).orElseThrow();
      views.add(new ResponseView(response.id(), response.instrumentVersion(), response.occasion(), response.respondent(),
          response.answeredVia(), response.answeredOn(), response.answers(), VoiceChange.scores(response, version)));
    }
    List<ResponseView> own = views.stream().filter(v -> v.respondent() == Respondent.PARTICIPANT).toList();
    Map<Dimension, BigDecimal> baseline = own.stream().filter(v -> v.occasion() == Occasion.BASELINE).findFirst()
        .or(() -> own.stream().findFirst()).map(ResponseView::scores).orElse(Map.of());
    Map<Dimension, BigDecimal> latest = own.isEmpty() ? Map.of() : own.get(own.size() - 1).scores();
    return new CaseVoice(caseReference, views, baseline, latest,
        own.size() < 2 ? Map.of() : VoiceChange.change(baseline, latest));
  }
}
