package org.rehabpath.voice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rehabpath.voice.Instruments.Instrument;
import org.rehabpath.voice.VoiceResponses.Response;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The programme's figures of the participant's own voice: per dimension, the participants whose latest
 * answers fall in the months from..to and come after their baseline, and of them those whose score
 * rose, by women, men and non-binary participants and in total. Counts only: the callers check who
 * reads them and suppress small cells. Erased participants count under their anonymous record.
 */
@Component
public class ProgrammeVoiceFigures {

  /** Columns of every count: women, men, non-binary, total (as the ESF+ report's). */
  public static final List<String> COLUMNS = List.of("women", "men", "non-binary", "total");

  /** Participants with a baseline and a later answer, and those among them who improved. */
  public record Improvement(Dimension dimension, int[] answered, int[] improved) {}

  private record Answered(long participantId, String gender, Response response) {}

  private final JdbcClient jdbc;
  private final Instruments instruments;

  ProgrammeVoiceFigures(JdbcClient jdbc, Instruments instruments) {
    this.jdbc = jdbc;
    this.instruments = instruments;
  }

  public List<Improvement> improvement(Collection<String> serviceSites, YearMonth from, YearMonth to) {
    Map<Dimension, Improvement> byDimension = new EnumMap<>(Dimension.class);
    for (Dimension dimension : Dimension.values()) {
      byDimension.put(dimension, new Improvement(dimension, new int[4], new int[4]));
    }
    if (serviceSites.isEmpty()) {
      return List.copyOf(byDimension.values());
    }
    Map<String, Instrument> versions = new HashMap<>();
    for (List<Answered> own : byParticipant(serviceSites, to.plusMonths(1).atDay(1)).values()) {
      Answered baseline = own.stream().filter(a -> a.response().occasion() == Occasion.BASELINE).findFirst()
          .orElse(own.get(0));
      Answered latest = own.get(own.size() - 1);
      LocalDate on = latest.response().answeredOn();
      if (latest == baseline || on.isBefore(from.atDay(1))) {
        continue;
      }
      Map<Dimension, BigDecimal> before = VoiceChange.scores(baseline.response(), version(versions, baseline.response()));
      Map<Dimension, BigDecimal> after = VoiceChange.scores(latest.response(), version(versions, latest.response()));
      int column = column(latest.gender());
      VoiceChange.change(before, after).forEach((dimension, change) -> {
        Improvement counts = byDimension.get(dimension);
        counts.answered()[column]++;
        counts.answered()[3]++;
        if (change.signum() > 0) {
          counts.improved()[column]++;
          counts.improved()[3]++;
        }
      });
    }
    return List.copyOf(byDimension.values());
  }

  /** Each participant's own questionnaires answered before {@code end}, oldest first. */
  private Map<Long, List<Answered>> byParticipant(Collection<String> serviceSites, LocalDate end) {
    Map<Long, Answered> responses = new LinkedHashMap<>();
    jdbc.sql("""
            SELECT r.id, r.participant_id, p.gender, r.instrument_code, r.instrument_version, r.occasion,
              r.answered_on, a.question_code, a.answer
            FROM voice_response r
              JOIN participant p ON p.id = r.participant_id
              JOIN voice_answer a ON a.response_id = r.id
            WHERE r.service_site IN (:sites) AND r.respondent = 'PARTICIPANT' AND r.answered_on < :end
            ORDER BY r.participant_id, r.answered_on, r.id""")
        .param("sites", serviceSites)
        .param("end", end)
        .query(row -> {
          Answered answered = responses.computeIfAbsent(row.getLong(1), id -> {
            try {
              return new Answered(row.getLong(2), row.getString(3), new Response(id, row.getString(4), row.getInt(5),
                  Occasion.valueOf(row.getString(6)), Respondent.PARTICIPANT, null, row.getObject(7, LocalDate.class),
                  new LinkedHashMap<>()));
            } catch (java.sql.SQLException e) {
              throw new IllegalStateException(e);
            }
          });
          answered.response().answers().put(row.getString(8), row.getInt(9));
        });
    Map<Long, List<Answered>> byParticipant = new LinkedHashMap<>();
    responses.values().forEach(a -> byParticipant.computeIfAbsent(a.participantId(), id -> new ArrayList<>()).add(a));
    return byParticipant;
  }

  private Instrument version(Map<String, Instrument> versions, Response response) {
    return versions.computeIfAbsent(response.instrumentCode() + ":" + response.instrumentVersion(),
        key -> instruments.version(response.instrumentCode(), response.instrumentVersion()).orElseThrow());
  }

  private static int column(String gender) {
    return switch (gender) {
      case "FEMALE" -> 0;
      case "MALE" -> 1;
      default -> 2;
    };
  }
}
