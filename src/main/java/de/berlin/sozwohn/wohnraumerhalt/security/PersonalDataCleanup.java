package de.berlin.sozwohn.wohnraumerhalt.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention for the personal data that the application keeps outside Camunda's tables: the letters
 * ({@code case_letter}: the household's name and address in the PDF) and the case registry
 * ({@code case_registry}: the household's matching key; {@code court_notice}: the court file;
 * {@code bailiff_notice}: the bailiff references; {@code case_event}, {@code case_correction}:
 * the events and corrections with their reasons).
 *
 * <p>They follow the case's history: Camunda's removal-time-based history cleanup deletes a case's
 * history {@code historyTimeToLive} after its end (night window 01:00–05:00); the next morning at
 * 05:30 ({@code wohnraumerhalt.retention.cleanup-cron}) this removes the rows of every case whose
 * history is gone. A case that runs, or whose history is kept, keeps its data. The indicator
 * facts hold no personal data and stay. Every node runs it; the deletes are idempotent.
 *
 * <p>Nothing is removed when the engine keeps no history (history level {@code none}): then no
 * history says which cases are gone.
 */
@Component
public class PersonalDataCleanup {

  private static final Logger LOG = LoggerFactory.getLogger(PersonalDataCleanup.class);

  /** Removed counts of one run. */
  public record Removed(int letters, int courtFiles, int bailiffNotices, int cases) {}

  private final JdbcTemplate jdbc;
  private final ProcessEngineConfigurationImpl engine;

  public PersonalDataCleanup(JdbcTemplate jdbc, ProcessEngine processEngine) {
    this.jdbc = jdbc;
    this.engine = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
  }

  @Scheduled(cron = "${wohnraumerhalt.retention.cleanup-cron:0 30 5 * * *}",
      zone = "${wohnraumerhalt.calendar.zone:Europe/Berlin}")
  public void nightly() {
    Removed removed = removeDataOfCasesWithoutHistory();
    if (removed.letters() + removed.cases() > 0) {
      LOG.info("Aufbewahrungsfrist: {} Anschreiben, {} Aktenzeichen, {} Mitteilungen der "
          + "Gerichtsvollzieherin und {} Fälle ohne Historie gelöscht", removed.letters(),
          removed.courtFiles(), removed.bailiffNotices(), removed.cases());
    }
  }

  /** Deletes letters and registry entries of the cases whose process history has been removed. */
  @Transactional
  public Removed removeDataOfCasesWithoutHistory() {
    if (HistoryLevel.HISTORY_LEVEL_NONE.equals(engine.getHistoryLevel())) {
      return new Removed(0, 0, 0, 0);
    }
    String history = engine.getDatabaseTablePrefix() + "ACT_HI_PROCINST";
    int letters = jdbc.update("DELETE FROM case_letter WHERE NOT EXISTS (SELECT 1 FROM " + history
        + " h WHERE h.ID_ = case_letter.process_instance_id)");
    String gone = "SELECT case_id FROM case_registry WHERE process_instance_id IS NOT NULL"
        + " AND NOT EXISTS (SELECT 1 FROM " + history
        + " h WHERE h.ID_ = case_registry.process_instance_id)";
    int courtFiles = jdbc.update("DELETE FROM court_notice WHERE case_id IN (" + gone + ")");
    int bailiffNotices = jdbc.update("DELETE FROM bailiff_notice WHERE case_id IN (" + gone + ")");
    jdbc.update("DELETE FROM case_event WHERE case_id IN (" + gone + ")");
    jdbc.update("DELETE FROM case_correction WHERE case_id IN (" + gone + ")");
    int cases = jdbc.update("DELETE FROM case_registry WHERE case_id IN (" + gone + ")");
    return new Removed(letters, courtFiles, bailiffNotices, cases);
  }
}
