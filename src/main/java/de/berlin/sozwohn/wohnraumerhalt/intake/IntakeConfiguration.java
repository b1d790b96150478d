package de.berlin.sozwohn.wohnraumerhalt.intake;

import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plain-Java validator with the engine's clock ("today" moves with the simulation). */
@Configuration
class IntakeConfiguration {

  @Bean
  NoticeValidator noticeValidator(IntakeProperties properties,
      @Value("${wohnraumerhalt.calendar.zone:Europe/Berlin}") ZoneId zone) {
    return new NoticeValidator(
        () -> LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone),
        properties.maxNoticeAge(), zone);
  }
}
