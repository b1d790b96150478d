package de.berlin.sozwohn.wohnraumerhalt.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import de.berlin.sozwohn.wohnraumerhalt.process.CalendarProperties;
import de.berlin.sozwohn.wohnraumerhalt.security.CurrentUser;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;

class SimulationControllerTest {

  @Test
  @SuppressWarnings("unchecked")
  void whileTheDemoHistoryIsGeneratedTheClockIsNotTouched() {
    SimulationClock clock = mock(SimulationClock.class);
    CurrentUser admin = mock(CurrentUser.class);
    when(admin.isAdmin()).thenReturn(true);
    DemoHistory demo = mock(DemoHistory.class);
    when(demo.isGenerating()).thenReturn(true);
    ObjectProvider<DemoHistory> provider = mock(ObjectProvider.class);
    when(provider.getIfAvailable()).thenReturn(demo);
    var controller = new SimulationController(clock, admin,
        new CalendarProperties(List.of(), LocalTime.of(23, 59), ZoneId.of("Europe/Berlin")), provider);

    assertThat(controller.setClock(new SimulationController.ClockRequest("2026-03-02T09:00:00"))
        .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(controller.resetClock().getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    verify(clock, never()).advanceTo(any());
    verify(clock, never()).resetToRealTime();
  }
}
