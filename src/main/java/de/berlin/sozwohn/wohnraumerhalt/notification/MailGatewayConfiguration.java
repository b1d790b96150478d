package de.berlin.sozwohn.wohnraumerhalt.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.util.StringUtils;

/**
 * Chooses the {@link MailGateway}: SMTP when {@code spring.mail.host} has a non-blank value (Spring
 * Boot then provides the {@link JavaMailSender}), otherwise the {@link LoggingMailGateway}.
 *
 * <p>A blank host (e.g. {@code SPRING_MAIL_HOST=} in a container definition) counts as unset here.
 * Spring Boot's mail auto-configuration counts any value, even an empty one, as configured: it
 * builds a mail sender for host "" whose health check tries localhost:25 and turns the whole
 * {@code /actuator/health} DOWN. So without a host this configuration also provides the
 * {@code mail} health indicator itself (Boot's backs off): UP, with the detail that mails are
 * logged.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
public class MailGatewayConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(MailGatewayConfiguration.class);

  static final String HOST_PROPERTY = "spring.mail.host";

  @Bean
  @Conditional(MailHostConfigured.class)
  MailGateway smtpMailGateway(JavaMailSender sender, MailProperties mail,
      @Value("${" + HOST_PROPERTY + "}") String host) {
    LOG.info("E-Mails werden über SMTP ({}) versandt", host);
    return new SmtpMailGateway(sender, mail.from());
  }

  @Bean
  @Conditional(MailHostNotConfigured.class)
  MailGateway loggingMailGateway() {
    LOG.warn("Kein Mailserver konfiguriert (spring.mail.host): E-Mails werden nur protokolliert "
        + "(Logger '{}')", LoggingMailGateway.LOGGER);
    return new LoggingMailGateway();
  }

  /** Replaces Spring Boot's mail health check (same bean name) when mails are only logged. */
  @Bean(name = "mailHealthIndicator")
  @Conditional(MailHostNotConfigured.class)
  HealthIndicator mailHealthIndicator() {
    return () -> Health.up().withDetail("gateway", "log")
        .withDetail("logger", LoggingMailGateway.LOGGER).build();
  }

  static boolean hostConfigured(ConditionContext context) {
    return StringUtils.hasText(context.getEnvironment().getProperty(HOST_PROPERTY));
  }

  static class MailHostConfigured implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return hostConfigured(context);
    }
  }

  static class MailHostNotConfigured implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return !hostConfigured(context);
    }
  }
}
