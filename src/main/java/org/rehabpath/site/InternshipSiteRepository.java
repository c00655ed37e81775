package org.rehabpath.site;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Stores and reads internship sites (table {@code internship_site}, Flyway V2). */
@Repository
public class InternshipSiteRepository {

  private static final String COLUMNS =
      "id, service_site, name, kind, sector, address, places, places_taken, host_tutor,"
          + " accepts_target_b, accepts_target_c, active";

  private final JdbcClient jdbc;

  public InternshipSiteRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts a site and returns it with its id. */
  public InternshipSite insert(InternshipSite site) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into internship_site (service_site, name, kind, sector, address, places,"
                + " places_taken, host_tutor, accepts_target_b, accepts_target_c, active)"
                + " values (:serviceSite, :name, :kind, :sector, :address, :places, :placesTaken,"
                + " :hostTutor, :acceptsTargetB, :acceptsTargetC, :active)")
        .param("serviceSite", site.serviceSite())
        .param("name", site.name())
        .param("kind", site.kind().name())
        .param("sector", site.sector())
        .param("address", site.address())
        .param("places", site.places())
        .param("placesTaken", site.placesTaken())
        .param("hostTutor", site.hostTutor())
        .param("acceptsTargetB", site.acceptsTargetB())
        .param("acceptsTargetC", site.acceptsTargetC())
        .param("active", site.active())
        .update(key, "id");
    return findById(key.getKey().longValue()).orElseThrow();
  }

  /**
   * Updates what a manager may change (not the places taken). Refused, returning false, when the new
   * number of places is below the places taken at that moment: one statement, so a placement
   * confirmed at the same time cannot slip in between.
   */
  public boolean update(InternshipSite site) {
    return jdbc.sql(
            "update internship_site set name = :name, kind = :kind, sector = :sector, address = :address,"
                + " places = :places, host_tutor = :hostTutor, accepts_target_b = :acceptsTargetB,"
                + " accepts_target_c = :acceptsTargetC, active = :active"
                + " where id = :id and places_taken <= :places")
        .param("id", site.id())
        .param("name", site.name())
        .param("kind", site.kind().name())
        .param("sector", site.sector())
        .param("address", site.address())
        .param("places", site.places())
        .param("hostTutor", site.hostTutor())
        .param("acceptsTargetB", site.acceptsTargetB())
        .param("acceptsTargetC", site.acceptsTargetC())
        .param("active", site.active())
        .update() == 1;
  }

  public Optional<InternshipSite> findById(long id) {
    return jdbc.sql("select " + COLUMNS + " from internship_site where id = :id")
        .param("id", id)
        .query(InternshipSiteRepository::map)
        .optional();
  }

  public Optional<InternshipSite> findByName(String serviceSite, String name) {
    return jdbc.sql("select " + COLUMNS + " from internship_site where service_site = :serviceSite and name = :name")
        .param("serviceSite", serviceSite)
        .param("name", name)
        .query(InternshipSiteRepository::map)
        .optional();
  }

  /** The sites of a service site, by name. */
  public List<InternshipSite> findByServiceSite(String serviceSite) {
    return jdbc.sql("select " + COLUMNS + " from internship_site where service_site = :serviceSite order by name")
        .param("serviceSite", serviceSite)
        .query(InternshipSiteRepository::map)
        .list();
  }

  /**
   * Active sites of a service site with at least one free place and a host tutor (who accepts the
   * placement) that accept target group B ({@code targetC = false}) or C: most free places first,
   * then by name.
   */
  public List<InternshipSite> findWithFreePlaces(String serviceSite, boolean targetC) {
    String accepts = targetC ? "accepts_target_c" : "accepts_target_b";
    return jdbc.sql(
            "select " + COLUMNS + " from internship_site"
                + " where service_site = :serviceSite and active = true and " + accepts + " = true"
                + " and places_taken < places and host_tutor is not null"
                + " order by places - places_taken desc, name, id")
        .param("serviceSite", serviceSite)
        .query(InternshipSiteRepository::map)
        .list();
  }

  /**
   * Takes one place in a single conditional update; returns false (nothing changed) when the site
   * has no free place or does not exist. Two concurrent callers cannot both take the last place: the
   * database serialises the row update and re-checks the condition.
   */
  public boolean takePlace(long id) {
    return jdbc.sql(
            "update internship_site set places_taken = places_taken + 1"
                + " where id = :id and places_taken < places")
        .param("id", id)
        .update() == 1;
  }

  /** Frees one place; returns false when none was taken (or the site does not exist). */
  public boolean freePlace(long id) {
    return jdbc.sql(
            "update internship_site set places_taken = places_taken - 1"
                + " where id = :id and places_taken > 0")
        .param("id", id)
        .update() == 1;
  }

  private static InternshipSite map(ResultSet row, int rowNumber) throws SQLException {
    return new InternshipSite(
        row.getLong("id"),
        row.getString("service_site"),
        row.getString("name"),
        SiteKind.valueOf(row.getString("kind")),
        row.getString("sector"),
        row.getString("address"),
        row.getInt("places"),
        row.getInt("places_taken"),
        row.getString("host_tutor"),
        row.getBoolean("accepts_target_b"),
        row.getBoolean("accepts_target_c"),
        row.getBoolean("active"));
  }
}
