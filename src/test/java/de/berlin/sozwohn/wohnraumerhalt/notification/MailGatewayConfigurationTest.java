package de.berlin.sozwohn.wohnraumerhalt.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.mail.MailHealthContributorAutoConfiguration;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.actuate.mail.MailHealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Which gateway, and which mail health check, for which {@code spring.mail.host}. */
class MailGatewayConfigurationTest {

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class,
          MailHealthContributorAutoConfiguration.class))
      .withUserConfiguration(MailGatewayConfiguration.class);

  @Test
  void withoutHostMailsAreLoggedAndHealthIsUp() {
    runner.run(context -> {
      assertThat(context).hasSingleBean(MailGateway.class);
      assertThat(context.getBean(MailGateway.class)).isInstanceOf(LoggingMailGateway.class);
      var health = context.getBean("mailHealthIndicator", HealthIndicator.class).health();
      assertThat(health.getStatus()).isEqualTo(Status.UP);
      assertThat(health.getDetails()).containsEntry("gateway", "log");
    });
  }

  @Test
  void aBlankHostCountsAsNoHost() {
    runner.withPropertyValues("spring.mail.host=").run(context -> {
      assertThat(context.getBean(MailGateway.class)).isInstanceOf(LoggingMailGateway.class);
      // Boot built a mail sender for host "" – its health check must not take the app DOWN
      assertThat(context).doesNotHaveBean(MailHealthIndicator.class);
      assertThat(context.getBean("mailHealthIndicator", HealthIndicator.class).health().getStatus())
          .isEqualTo(Status.UP);
    });
  }

  @Test
  void withHostMailsGoThroughSmtpAndBootChecksTheServer() {
    runner.withPropertyValues("spring.mail.host=mail.bezirksamt.example").run(context -> {
      assertThat(context).hasSingleBean(MailGateway.class);
      assertThat(context.getBean(MailGateway.class)).isInstanceOf(SmtpMailGateway.class);
      assertThat(context).hasSingleBean(MailHealthIndicator.class);
    });
  }
}
