package de.berlin.sozwohn.wohnraumerhalt.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.berlin.sozwohn.wohnraumerhalt.notification.DeadlineEscalationMail.Escalation;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlineEscalationMailTest {

  private static final String FALLBACK = "fachstelle-{district}@bezirksamt.example";

  @Test
  void theTeamLeadsAddressesAreUsedWithoutBlanksOrDuplicates() {
    var recipients = DeadlineEscalationMail.recipients(
        Arrays.asList("a@bezirk.example", null, " ", "b@bezirk.example", "a@bezirk.example"), "mitte",
        FALLBACK);
    assertThat(recipients.addresses()).containsExactly("a@bezirk.example", "b@bezirk.example");
    assertThat(recipients.fallback()).isFalse();
  }

  @Test
  void withoutAnyAddressTheDistrictsFallbackAddressIsUsed() {
    var recipients = DeadlineEscalationMail.recipients(Arrays.asList(null, ""), "neukoelln", FALLBACK);
    assertThat(recipients.addresses()).containsExactly("fachstelle-neukoelln@bezirksamt.example");
    assertThat(recipients.fallback()).isTrue();
  }

  @Test
  void theMailNamesCaseDistrictTaskDueDateAndLinkInGerman() {
    OutgoingMail mail = DeadlineEscalationMail.compose(new Escalation("C-2026-0042", "Neukölln",
        "Hausbesuch durchführen",
        ZonedDateTime.of(2026, 3, 16, 23, 59, 0, 0, ZoneId.of("Europe/Berlin")),
        "http://wohnhilfe.example/camunda/app/tasklist/default/#/?task=t1"), List.of("l@bezirk.example"));

    assertThat(mail.to()).containsExactly("l@bezirk.example");
    assertThat(mail.subject())
        .isEqualTo("Frist überschritten: Hausbesuch durchführen – Fall C-2026-0042 (Neukölln)");
    assertThat(mail.text())
        .contains("Fachstelle Soziale Wohnhilfe Neukölln")
        .contains("Fall:      C-2026-0042")
        .contains("Aufgabe:   Hausbesuch durchführen")
        .contains("Fällig am: Montag, 16.03.2026, 23:59 Uhr")
        .contains("http://wohnhilfe.example/camunda/app/tasklist/default/#/?task=t1")
        .contains("keine Angaben zum Haushalt");
  }

  @Test
  void aTaskWithoutDueDateIsSaidSo() {
    OutgoingMail mail = DeadlineEscalationMail.compose(
        new Escalation("C-1", "Mitte", "Zwangsräumung begleiten", null, "http://x/"), List.of("l@x.example"));
    assertThat(mail.text()).contains("Fällig am: ohne Fälligkeitsdatum");
  }

  @Test
  void aMailWithoutRecipientIsRefused() {
    assertThatThrownBy(() -> new OutgoingMail(List.of(), "s", "t"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new OutgoingMail(List.of(" "), "s", "t"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
