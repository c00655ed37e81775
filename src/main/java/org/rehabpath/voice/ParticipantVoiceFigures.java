package org.rehabpath.voice;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.rehabpath.voice.Instruments.Instrument;
import org.rehabpath.voice.VoiceResponses.Response;
import org.springframework.stereotype.Component;

/** A participant's own change, worked out for a task's text without a user's rights (the task decides who sees it). */
@Component
class ParticipantVoiceFigures {

  private final Instruments instruments;
  private final VoiceResponses responses;

  ParticipantVoiceFigures(Instruments instruments, VoiceResponses responses) {
    this.instruments = instruments;
    this.responses = responses;
  }

  String summary(String caseReference) {
    List<Response> own = responses.forCase(caseReference).stream()
        .filter(r -> r.respondent() == Respondent.PARTICIPANT).toList();
    if (own.size() < 2) {
      return VoiceSummary.describe(own.size(), Map.of());
    }
    Response baseline = own.stream().filter(r -> r.occasion() == Occasion.BASELINE).findFirst().orElse(own.get(0));
    Response latest = own.get(own.size() - 1);
    Map<Dimension, BigDecimal> change = VoiceChange.change(scores(baseline), scores(latest));
    return VoiceSummary.describe(own.size(), change);
  }

  private Map<Dimension, BigDecimal> scores(Response response) {
    Instrument version = instruments.version(response.instrumentCode(), response.instrumentVersion()).orElseThrow();
    return VoiceChange.scores(response, version);
  }
}
