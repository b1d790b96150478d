package de.berlin.sozwohn.wohnraumerhalt.ppbe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** A deployed model the PPBE cannot evaluate is a 409 problem naming the element. */
class PpbeProblemsTest {

  @Test
  void aModelErrorIsAConflictNamingTheGateway() {
    var response = new PpbeProblems().model(new PpbeModelException("GW_ContactAtVisit1",
        "Gateway „Kontakt beim Hausbesuch?“ (GW_ContactAtVisit1): die Wahrscheinlichkeiten der "
            + "ausgehenden Flüsse ergeben 90 % statt 100 %."));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(response.getBody().getTitle())
        .isEqualTo("Modell für die Personalbedarfsermittlung nicht auswertbar");
    assertThat(response.getBody().getDetail()).contains("90 % statt 100 %");
    assertThat(response.getBody().getProperties()).containsEntry("element", "GW_ContactAtVisit1");
  }
}
