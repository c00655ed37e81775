package org.rehabpath.voice;

import org.rehabpath.security.PersonalData;
import org.rehabpath.security.ReadsPersonalData;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Participant's own voice", description = "Self-rated empowerment, health and job readiness, and their change")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "basic")
public class VoiceController {

  private final ParticipantVoice voice;

  VoiceController(ParticipantVoice voice) {
    this.voice = voice;
  }

  @Operation(summary = "The questionnaire's version in force (staff and programme managers)")
  @GetMapping("/api/voice/instruments/{code}")
  public Instruments.Instrument instrument(@PathVariable String code) {
    return voice.instrument(code);
  }

  @Operation(summary = "Publishes a new version of the questionnaire (programme managers); answers to older versions keep theirs")
  @PostMapping("/api/voice/instruments/{code}/versions")
  @ResponseStatus(HttpStatus.CREATED)
  public Instruments.Instrument publish(@PathVariable String code, @RequestBody ParticipantVoice.NewVersion request) {
    return voice.publish(code, request);
  }

  @Operation(summary = "A case's questionnaires with the scores per dimension and the change since the baseline"
      + " (the supervisor's professions and the interservice team; never host tutors or integrations)")
  @ReadsPersonalData(PersonalData.VOICE)
  @GetMapping("/api/cases/{caseReference}/voice")
  public ParticipantVoice.CaseVoice of(@PathVariable String caseReference) {
    return voice.of(caseReference);
  }

  @Operation(summary = "Records a questionnaire answered with the supervisor, checked against the version in force")
  @PostMapping("/api/cases/{caseReference}/voice")
  @ResponseStatus(HttpStatus.CREATED)
  public ParticipantVoice.CaseVoice record(@PathVariable String caseReference,
      @RequestBody ParticipantVoice.NewResponse request) {
    return voice.record(caseReference, request);
  }
}
