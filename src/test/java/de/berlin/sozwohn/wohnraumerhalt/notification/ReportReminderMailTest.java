package de.berlin.sozwohn.wohnraumerhalt.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportReminderMailTest {

  static final String LINK = "http://wohnhilfe.example/camunda/app/tasklist/default/#/?task=t7";

  @Test
  void theReminderNamesReportDistrictDueDayAndLinkInGerman() {
    OutgoingMail mail = ReportReminderMail.compose("Mitte", "1. Halbjahr 2026",
        LocalDate.of(2026, 7, 14), LINK, List.of("leitung.mitte@bezirk.example"));

    assertThat(mail.to()).containsExactly("leitung.mitte@bezirk.example");
    assertThat(mail.subject())
        .isEqualTo("Erinnerung: Halbjahresbericht 1. Halbjahr 2026 – Mitte noch nicht freigegeben");
    assertThat(mail.text())
        .startsWith("Guten Tag,\n")
        .contains("Fachstelle Soziale Wohnhilfe Mitte an die Monitoringstelle")
        .contains("Bericht:    Halbjahresbericht 1. Halbjahr 2026\n")
        .contains("Bezirk:     Mitte\n")
        .contains("Abgabe bis: Dienstag, 14.07.2026\n")
        .contains("begründen Sie jeden Wert unter dem Mindestwert")
        .contains("nur einmal versandt")
        .contains(LINK + "\n")
        .contains("keine Kennzahlen und keine Falldaten")
        .endsWith("\n");
  }

  @Test
  void theAnnualReportIsCalledSo() {
    OutgoingMail mail = ReportReminderMail.compose("Neukölln", "Jahr 2026",
        LocalDate.of(2027, 1, 15), LINK, List.of("a@x.example", "b@x.example"));
    assertThat(mail.to()).containsExactly("a@x.example", "b@x.example");
    assertThat(mail.subject())
        .isEqualTo("Erinnerung: Jahresbericht 2026 – Neukölln noch nicht freigegeben");
    assertThat(mail.text()).contains("Bericht:    Jahresbericht 2026\n")
        .contains("Abgabe bis: Freitag, 15.01.2027\n");
  }

  @Test
  void withoutRecipientOrDataThereIsNoMail() {
    assertThatThrownBy(() -> ReportReminderMail.compose("Mitte", "1. Halbjahr 2026",
        LocalDate.of(2026, 7, 14), LINK, List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReportReminderMail.compose("Mitte", "1. Halbjahr 2026", null, LINK,
        List.of("l@x.example"))).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ReportReminderMail.compose(null, "1. Halbjahr 2026",
        LocalDate.of(2026, 7, 14), LINK, List.of("l@x.example")))
        .isInstanceOf(NullPointerException.class);
  }
}
