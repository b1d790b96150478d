package de.berlin.sozwohn.wohnraumerhalt.letters;

import de.berlin.sozwohn.wohnraumerhalt.calendar.WorkingDayCalendar;
import de.berlin.sozwohn.wohnraumerhalt.process.CalendarProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plain-Java letter classes as beans. */
@Configuration(proxyBeanMethods = false)
public class LettersConfiguration {

  @Bean
  public LetterRenderer letterRenderer() {
    return new LetterRenderer();
  }

  @Bean
  public LetterInput letterInput(WorkingDayCalendar workingDayCalendar, CalendarProperties calendar) {
    return new LetterInput(workingDayCalendar, calendar.zone());
  }
}
