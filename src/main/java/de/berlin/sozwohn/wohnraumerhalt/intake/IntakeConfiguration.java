package de.berlin.sozwohn.wohnraumerhalt.intake;

import de.berlin.sozwohn.wohnraumerhalt.process.CalendarProperties;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The plain-Java validator with the engine's clock ("today" moves with the simulation), and the
 * delegates of the two notice entry processes (start forms in Tasklist).
 */
@Configuration
class IntakeConfiguration {

  /** Service task of bpmn/mitteilung-raeumungsklage-erfassen.bpmn. */
  @Bean
  JavaDelegate courtNoticeFormEntry(NoticeFormEntry entry) {
    return entry::fileCourtNotice;
  }

  /** Service task of bpmn/mitteilung-zwangsraeumung-erfassen.bpmn. */
  @Bean
  JavaDelegate bailiffNoticeFormEntry(NoticeFormEntry entry) {
    return entry::fileBailiffNotice;
  }

  @Bean
  NoticeValidator noticeValidator(IntakeProperties properties, CalendarProperties calendar) {
    ZoneId zone = calendar.zone();
    return new NoticeValidator(
        () -> LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone),
        properties.maxNoticeAge(), zone);
  }
}
