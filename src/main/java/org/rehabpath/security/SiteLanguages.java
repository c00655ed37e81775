package org.rehabpath.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The language each service site works in: staff see the forms and task names of the site's cases
 * in it. A site without one works in English. Read on every task the engine creates, so kept in
 * memory; a change made on another node is seen within {@link #FRESH_FOR}.
 */
@Component
public class SiteLanguages {

  public static final String ENGLISH = "en";
  /** English and the languages every form, task name and message is translated into. */
  public static final List<String> SUPPORTED = List.of(ENGLISH, "sv", "it", "fi");
  static final Duration FRESH_FOR = Duration.ofSeconds(30);

  private final JdbcClient jdbc;
  private volatile Map<String, String> languages;
  private volatile Instant readAt = Instant.MIN;

  public SiteLanguages(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The language of a tenant: a service site's own, its clinical record's that of the site. */
  public String ofTenant(String tenantId) {
    if (tenantId == null) {
      return ENGLISH;
    }
    String site = ClinicalRecords.isClinicalRecord(tenantId)
        ? tenantId.substring(0, tenantId.length() - ClinicalRecords.tenantOf("").length())
        : tenantId;
    return all().getOrDefault(site, ENGLISH);
  }

  /** Every service site that has a language other than the default, by site id. */
  public Map<String, String> all() {
    if (Instant.now().isAfter(readAt.plus(FRESH_FOR))) {
      Map<String, String> read = new TreeMap<>();
      jdbc.sql("select service_site, language from service_site_language")
          .query((row, n) -> Map.entry(row.getString(1), row.getString(2)))
          .list().forEach(entry -> read.put(entry.getKey(), entry.getValue()));
      languages = Map.copyOf(read);
      readAt = Instant.now();
    }
    return languages;
  }

  /**
   * Sets the site's language; callers check that the user may.
   *
   * @throws IllegalArgumentException a language not in {@link #SUPPORTED}
   */
  @Transactional
  public void set(String serviceSite, String language, String changedBy) {
    if (!SUPPORTED.contains(language)) {
      throw new IllegalArgumentException("Not a supported language: " + language);
    }
    jdbc.sql("delete from service_site_language where service_site = ?").param(serviceSite).update();
    jdbc.sql("insert into service_site_language (service_site, language, changed_by) values (?, ?, ?)")
        .params(serviceSite, language, changedBy).update();
    readAt = Instant.MIN;
  }

  /** Sets the language of a site that has none yet: the demo's sites, made on every start. */
  public void setIfMissing(String serviceSite, String language) {
    if (!all().containsKey(serviceSite)) {
      set(serviceSite, language, null);
    }
  }
}
