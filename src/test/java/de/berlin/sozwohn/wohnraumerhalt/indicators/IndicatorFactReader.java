package de.berlin.sozwohn.wohnraumerhalt.indicators;

import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.CaseFacts;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.EvictionNoticeFacts;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.HomeVisit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the recorded facts of one case, withdrawn or not, for assertions. Production reads facts
 * only by period ({@link IndicatorFactStore#factsFor}); the row mappings are the store's.
 */
final class IndicatorFactReader {

  private final JdbcTemplate jdbc;

  IndicatorFactReader(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Optional<CaseFacts> findCase(String caseKey) {
    List<HomeVisit> visits = new ArrayList<>();
    jdbc.query("SELECT * FROM kpi_visit_fact WHERE case_key = ?",
        rs -> {
          visits.add(IndicatorFactStore.homeVisit(rs));
        }, caseKey);
    return jdbc.query("SELECT * FROM kpi_case_fact WHERE case_key = ?",
        (rs, i) -> IndicatorFactStore.caseFacts(rs, visits), caseKey).stream().findFirst();
  }

  /** The bailiff notices of one case, by receipt and eviction date. */
  List<EvictionNoticeFacts> noticesOfCase(String caseKey) {
    return jdbc.query(IndicatorFactStore.SELECT_NOTICES
            + " WHERE e.case_key = ? ORDER BY e.received_on, e.eviction_at",
        (rs, i) -> IndicatorFactStore.noticeFacts(rs), caseKey);
  }

  boolean isWithdrawn(String caseKey) {
    return Boolean.TRUE.equals(jdbc.queryForObject(
        "SELECT withdrawn FROM kpi_case_fact WHERE case_key = ?", Boolean.class, caseKey));
  }
}
