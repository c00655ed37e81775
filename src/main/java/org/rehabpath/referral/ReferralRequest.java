package org.rehabpath.referral;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.rehabpath.participant.EntryData.EducationLevel;
import org.rehabpath.participant.EntryData.Gender;
import org.rehabpath.participant.EntryData.LabourMarketStatus;
import org.rehabpath.participant.EntryData.SensitiveAnswer;
import org.rehabpath.participant.EntryDataInput;
import org.rehabpath.participant.PersonName;

/** A referral from a municipal service: who refers, whom, to which service site, with consent. */
@Schema(example = """
    {"serviceSite": "borlange",
     "referrer": {"service": "social-assistance", "reference": "SA-2026-0042"},
     "participant": {"firstName": "Aino", "lastName": "Virtanen", "birthYear": 1988,
                     "gender": "FEMALE", "educationLevel": "ISCED_2",
                     "labourMarketStatus": "LONG_TERM_UNEMPLOYED"},
     "consentGiven": true}""")
public record ReferralRequest(
    @Schema(description = "Service site (tenant) that will hold the case", example = "borlange")
        @NotBlank @Size(max = 64) @Pattern(regexp = ID, message = "must be a service site id such as borlange")
        String serviceSite,
    @NotNull @Valid Referrer referrer,
    @NotNull @Valid ParticipantData participant,
    @Schema(description = "Whether the participant consented to the programme") @NotNull Boolean consentGiven,
    @Schema(description = "Re-entry: the person's earlier case at one of your service sites, whose internship months count"
        + " towards the 24-month ceiling; omit for a first entry", example = "RC-2024-000117")
        @Size(max = 32) @Pattern(regexp = REFERENCE, message = "must be a case reference such as RC-2024-000117") String reEntryOf) {

  static final String ID = "[a-z0-9]+(-[a-z0-9]+)*";
  static final String REFERENCE = "[A-Za-z0-9][A-Za-z0-9._/-]*";

  /** The referring service and its own reference for the person; together they identify a referral. */
  public record Referrer(
      @Schema(example = "social-assistance") @NotBlank @Size(max = 100)
          @Pattern(regexp = ID, message = "must be a service id such as social-assistance") String service,
      @Schema(example = "SA-2026-0042") @NotBlank @Size(max = 100)
          @Pattern(regexp = REFERENCE, message = "may contain letters, digits and . _ / - only") String reference) {}

  /** The participant's identity and ESF+ entry data. */
  public record ParticipantData(
      @NotBlank @Size(max = 100) @Pattern(regexp = PersonName.PATTERN, message = "must be a name") String firstName,
      @NotBlank @Size(max = 100) @Pattern(regexp = PersonName.PATTERN, message = "must be a name") String lastName,
      @NotNull @Min(1900) @Max(2100) @PlausibleBirthYear Integer birthYear,
      @NotNull Gender gender,
      @NotNull EducationLevel educationLevel,
      @NotNull LabourMarketStatus labourMarketStatus,
      @Schema(description = "EECO13: third-country national") Boolean thirdCountryNational,
      @Schema(description = "EECO14: participant with a foreign background") Boolean foreignBackground,
      @Schema(description = "EECO16: homeless or affected by housing exclusion") Boolean homelessOrHousingExcluded,
      @Schema(description = "EECO17: living in a rural area") Boolean ruralArea,
      @Schema(description = "EECO12, special-category: YES, NO or REFUSED (asked, refused); omit if not asked")
          SensitiveAnswer disability,
      @Schema(description = "EECO15, special-category: YES, NO or REFUSED (asked, refused); omit if not asked")
          SensitiveAnswer minority) {

    /** The entry data the referral gives, as the participant record takes it. */
    public EntryDataInput entryData() {
      return new EntryDataInput(birthYear, gender, educationLevel, labourMarketStatus, thirdCountryNational,
          foreignBackground, homelessOrHousingExcluded, ruralArea, disability, minority);
    }
  }
}
