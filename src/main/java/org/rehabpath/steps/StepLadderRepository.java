package org.rehabpath.steps;

import java.util.List;
import org.rehabpath.steps.StepLadder.Step;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the programme's step ladder (table {@code step_ladder_step}, Flyway V7). */
@Repository
class StepLadderRepository {

  private final JdbcClient jdbc;

  StepLadderRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The steps, lowest first. */
  List<Step> load() {
    return jdbc.sql("select code, label, closer_to_labour_market from step_ladder_step order by position")
        .query((row, n) -> new Step(row.getString("code"), row.getString("label"),
            row.getBoolean("closer_to_labour_market")))
        .list();
  }

  /** Replaces the whole ladder; the caller holds the transaction. */
  void replace(List<Step> steps) {
    jdbc.sql("delete from step_ladder_step").update();
    int position = 1;
    for (Step step : steps) {
      jdbc.sql("insert into step_ladder_step (code, position, label, closer_to_labour_market)"
              + " values (:code, :position, :label, :closer)")
          .param("code", step.code())
          .param("position", position++)
          .param("label", step.label())
          .param("closer", step.closerToLabourMarket())
          .update();
    }
  }
}
