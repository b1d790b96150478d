package de.berlin.sozwohn.wohnraumerhalt.process;

import de.berlin.sozwohn.wohnraumerhalt.calendar.WorkingDayCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plain-Java calendar classes as beans, configured from {@link CalendarProperties}. */
@Configuration(proxyBeanMethods = false)
public class CalendarConfiguration {

  @Bean
  public WorkingDayCalendar workingDayCalendar(CalendarProperties properties) {
    return new WorkingDayCalendar(properties.closingDays());
  }
}
