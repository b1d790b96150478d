package de.berlin.sozwohn.wohnraumerhalt.demo;

import de.berlin.sozwohn.wohnraumerhalt.demo.DemoHistoryGenerator.DemoSummary;
import de.berlin.sozwohn.wohnraumerhalt.demo.DemoMarker.Status;
import de.berlin.sozwohn.wohnraumerhalt.process.CalendarProperties;
import de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Fills an empty engine with a year of simulated cases on the first start (SPEC §8), once per
 * database: the table {@code demo_history} remembers it, so later starts only read one row. Runs
 * after the groups (IdentitySetup) and the demo users (DemoUsers), and only where both exist:
 * {@code wohnraumerhalt.demo.users=true} and {@code demo.history=true}.
 *
 * <p>Application runners run before Spring Boot reports the application ready: the job executor
 * (started by the Camunda starter on "application ready") is not running yet and the readiness
 * probe says "not ready" until the demo is there. Should the job executor already run, it is
 * paused for the generation, because the simulation moves the engine clock.
 *
 * <p>An engine that already has cases gets no demo (they would mix with real work). A failure is
 * logged and does not stop the application.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = {"wohnraumerhalt.demo.users", "demo.history"}, havingValue = "true")
public class DemoHistory implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoHistory.class);

  private final DemoHistoryGenerator generator;
  private final DemoMarker marker;
  private final DemoProperties properties;
  private final HistoryService historyService;
  private final ProcessEngine processEngine;
  private final ZoneId zone;
  private volatile DemoSummary lastRun;
  private volatile boolean generating;

  public DemoHistory(DemoHistoryGenerator generator, DemoMarker marker, DemoProperties properties,
      HistoryService historyService, ProcessEngine processEngine, CalendarProperties calendar) {
    this.generator = generator;
    this.marker = marker;
    this.properties = properties;
    this.historyService = historyService;
    this.processEngine = processEngine;
    this.zone = calendar.zone();
  }

  @Override
  public void run(ApplicationArguments args) {
    generateOnce();
  }

  /** True while the demo history is being generated (the engine clock is then in the past). */
  public boolean isGenerating() {
    return generating;
  }

  /** What the generation in this application's life produced; empty when it generated nothing. */
  public Optional<DemoSummary> lastRun() {
    return Optional.ofNullable(lastRun);
  }

  /** Generates the demo history unless this database had it (or other cases) before. */
  public Optional<DemoSummary> generateOnce() {
    Optional<String> status = marker.status();
    if (status.isPresent()) {
      if (Status.RUNNING.id().equals(status.get())) {
        LOG.warn("Die Demo-Historie wurde bei einem früheren Start begonnen, aber nicht beendet; "
            + "sie wird nicht noch einmal erzeugt. Für eine neue Demo-Welt die Datenbank (./data) löschen.");
      }
      return Optional.empty();
    }
    if (historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.PROCESS).count() > 0) {
      if (marker.claim(Status.SKIPPED, null)) {
        marker.finish(Status.SKIPPED, null, "Die Engine hatte bereits Fälle.");
      }
      LOG.info("Keine Demo-Historie: die Engine hat bereits Fälle");
      return Optional.empty();
    }
    LocalDate today = LocalDate.ofInstant(Instant.now(), zone);
    LocalDate from = today.minus(properties.span());
    if (!marker.claim(Status.RUNNING, "seed " + properties.seed() + ", " + from + " bis " + today)) {
      return Optional.empty();
    }

    JobExecutor jobExecutor =
        ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getJobExecutor();
    boolean pauseJobExecutor = jobExecutor != null && jobExecutor.isActive();
    if (pauseJobExecutor) {
      jobExecutor.shutdown();
    }
    LOG.info("Demo-Historie: {} Haushalte vom {} bis heute werden durch die Engine simuliert "
        + "(einmalig; abschalten mit --demo.history=false) …", properties.cases(), from);
    generating = true;
    try {
      DemoSummary summary = generator.generate(from, today, properties.cases(), properties.seed());
      lastRun = summary;
      marker.finish(Status.DONE, summary.cases(), summary.toString());
      LOG.info("Demo-Historie erzeugt in {} s (CPU {} s): {} Fälle ({} durch Gerichtsvollzieherin eröffnet, "
              + "{} aus anderem Bezirk übernommen, {} Räumungsmitteilungen zu offenen Fällen), "
              + "{} Aufgaben erledigt, {} Fallereignisse, {} Korrekturen, {} Jobs, {} Fehler",
          summary.duration().toMillis() / 1000.0, summary.cpuTime().toMillis() / 1000.0,
          summary.cases(), summary.casesOpenedByBailiff(), summary.casesTakenOver(),
          summary.bailiffNoticesJoined(), summary.tasksCompleted(), summary.caseEvents(),
          summary.corrections(), summary.jobsExecuted(), summary.failures());
      return Optional.of(summary);
    } catch (RuntimeException e) {
      LOG.error("Demo-Historie abgebrochen; die Anwendung startet ohne vollständige Demo-Welt", e);
      marker.finish(Status.FAILED, null, e.toString());
      return Optional.empty();
    } finally {
      ClockUtil.reset();
      generating = false;
      if (pauseJobExecutor) {
        jobExecutor.start();
      }
    }
  }
}
