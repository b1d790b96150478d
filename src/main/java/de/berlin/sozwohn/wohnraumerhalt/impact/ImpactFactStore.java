package de.berlin.sozwohn.wohnraumerhalt.impact;

import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Period;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads the indicator facts ({@code kpi_case_fact}, {@code kpi_eviction_fact}; written by {@code
 * indicators.IndicatorFactStore}) that the impact report of a period needs: every case opened
 * before the period ended that was still open at its start or had its closure or follow-up in it.
 * The calculator applies the exact date rules. Cases entered in error are left out.
 */
@Repository
public class ImpactFactStore {

  private final JdbcTemplate jdbc;

  public ImpactFactStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** @param districts only these districts; empty for all */
  public List<ImpactCase> cases(Period period, Collection<String> districts, ZoneId zone) {
    String where = " WHERE c.withdrawn = FALSE"
        + " AND (c.opened_at < ? OR c.court_received_on <= ?)"
        + " AND (c.closed_on IS NULL OR c.closed_on >= ? OR c.follow_up_on >= ?)"
        + (districts.isEmpty() ? "" : " AND c.district IN ("
            + String.join(", ", Collections.nCopies(districts.size(), "?")) + ")");
    List<Object> args = new ArrayList<>(List.of(
        Timestamp.from(period.to().plusDays(1).atStartOfDay(zone).toInstant()), period.to(),
        period.from(), period.from()));
    args.addAll(districts);

    Map<String, List<ImpactCase.Notice>> notices = new HashMap<>();
    jdbc.query("SELECT e.case_key, e.eviction_at, e.called_off_on, e.eviction_carried_out "
        + "FROM kpi_eviction_fact e JOIN kpi_case_fact c ON c.case_key = e.case_key" + where,
        rs -> {
          LocalDateTime evictionAt = rs.getObject("eviction_at", LocalDateTime.class);
          notices.computeIfAbsent(rs.getString("case_key"), k -> new ArrayList<>())
              .add(new ImpactCase.Notice(evictionAt == null ? null : evictionAt.toLocalDate(),
                  rs.getObject("called_off_on", LocalDate.class),
                  rs.getObject("eviction_carried_out", Boolean.class)));
        }, args.toArray());
    return jdbc.query("SELECT c.* FROM kpi_case_fact c" + where,
        (rs, i) -> impactCase(rs, zone, notices.getOrDefault(rs.getString("case_key"), List.of())),
        args.toArray());
  }

  private static ImpactCase impactCase(ResultSet rs, ZoneId zone, List<ImpactCase.Notice> notices)
      throws SQLException {
    LocalDate courtReceivedOn = rs.getObject("court_received_on", LocalDate.class);
    LocalDate openedOn = courtReceivedOn != null ? courtReceivedOn
        : rs.getTimestamp("opened_at").toInstant().atZone(zone).toLocalDate();
    return new ImpactCase(rs.getString("case_key"), rs.getString("district"),
        rs.getString("origin"), openedOn,
        rs.getObject("closed_on", LocalDate.class), rs.getString("outcome"),
        rs.getObject("outreach_ended_on", LocalDate.class), rs.getString("outreach_ended_by"),
        rs.getObject("follow_up_on", LocalDate.class),
        rs.getObject("still_housed", Boolean.class),
        rs.getBigDecimal("rent_debt_taken_over"),
        rs.getObject("rent_debt_taken_over_on", LocalDate.class), notices);
  }
}
