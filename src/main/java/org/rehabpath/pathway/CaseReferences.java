package org.rehabpath.pathway;

import java.time.Year;
import javax.sql.DataSource;
import org.rehabpath.engine.DatabaseProduct;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Service;

/** Hands out case references such as {@code RC-2026-000042}, unique across nodes (a database sequence). */
@Service
public class CaseReferences {

  static final String SEQUENCE = "case_reference_seq";
  private final DataFieldMaxValueIncrementer sequence;

  public CaseReferences(DataSource dataSource) {
    this.sequence =
        DatabaseProduct.isPostgres(dataSource)
            ? new PostgresSequenceMaxValueIncrementer(dataSource, SEQUENCE)
            : new H2SequenceMaxValueIncrementer(dataSource, SEQUENCE);
  }

  public String next() {
    return "RC-%d-%06d".formatted(Year.now().getValue(), sequence.nextLongValue());
  }
}
