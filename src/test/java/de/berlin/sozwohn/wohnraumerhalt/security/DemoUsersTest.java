package de.berlin.sozwohn.wohnraumerhalt.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.demo.DemoScenario;
import de.berlin.sozwohn.wohnraumerhalt.notification.DeadlineEscalationMail;
import de.berlin.sozwohn.wohnraumerhalt.notification.DeadlineEscalationMail.Recipients;
import de.berlin.sozwohn.wohnraumerhalt.notification.EscalationProperties;
import de.berlin.sozwohn.wohnraumerhalt.security.DemoUsers.DemoUser;
import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo users cover the demo world: every district it has cases in has a team lead with an
 * e-mail address, so its deadline escalations go to a person – without the warning "Gruppe
 * leitung-… hat kein Mitglied mit E-Mail-Adresse" at the first start.
 */
@AppTest
class DemoUsersTest {

  @Autowired IdentityService identityService;
  @Autowired EscalationProperties escalation;

  @Test
  void everyDistrictOfTheDemoWorldHasADemoTeamLead() {
    assertThat(DemoScenario.districts()).contains("mitte", "neukoelln").hasSizeGreaterThan(2);
    for (String district : DemoScenario.districts()) {
      List<DemoUser> leads = DemoUsers.USERS.stream()
          .filter(u -> u.groups().contains(Districts.teamLeadGroup(district))).toList();
      assertThat(leads).as(district).singleElement().satisfies(lead -> {
        assertThat(lead.id()).isEqualTo("leitung." + district);
        assertThat(lead.teamLead()).isTrue();
        assertThat(lead.firstName()).isNotBlank();
        assertThat(lead.lastName()).isNotBlank();
        assertThat(lead.role()).isEqualTo("Fachstellenleitung "
            + Districts.displayName(district).orElseThrow());
      });
    }
    assertThat(DemoUsers.USERS).extracting(DemoUser::id).doesNotHaveDuplicates();
  }

  @Test
  void theEscalationOfEveryDemoDistrictFindsItsTeamLeadsAddress() {
    for (String district : DemoScenario.districts()) {
      // what DeadlineEscalationDelegate asks the engine before it mails (or warns)
      List<String> addresses = identityService.createUserQuery()
          .memberOfGroup(Districts.teamLeadGroup(district)).list().stream()
          .map(User::getEmail).toList();
      Recipients recipients = DeadlineEscalationMail.recipients(addresses, district,
          escalation.fallbackAddress());
      assertThat(recipients.fallback()).as(district).isFalse();
      assertThat(recipients.addresses()).as(district)
          .contains("leitung." + district + "@wohnhilfe.example");
    }
    // a district without demo cases has no demo team lead: its escalations still fall back
    assertThat(DemoScenario.districts()).doesNotContain("pankow");
    assertThat(DeadlineEscalationMail.recipients(identityService.createUserQuery()
            .memberOfGroup(Districts.teamLeadGroup("pankow")).list().stream()
            .map(User::getEmail).toList(), "pankow", escalation.fallbackAddress()).fallback())
        .isTrue();
  }
}
