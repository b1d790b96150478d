package de.berlin.sozwohn.wohnraumerhalt.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends through Spring's {@link JavaMailSender} (configured by {@code spring.mail.*}). A
 * {@link org.springframework.mail.MailException} is deliberately not caught: in a job it fails the
 * job, which Camunda retries and finally turns into an incident.
 */
public class SmtpMailGateway implements MailGateway {

  private static final Logger LOG = LoggerFactory.getLogger(LoggingMailGateway.LOGGER);

  private final JavaMailSender sender;
  private final String from;

  public SmtpMailGateway(JavaMailSender sender, String from) {
    this.sender = sender;
    this.from = from;
  }

  @Override
  public void send(OutgoingMail mail) {
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(mail.to().toArray(String[]::new));
    message.setSubject(mail.subject());
    message.setText(mail.text());
    sender.send(message);
    LOG.debug("E-Mail versandt an {}: {}", String.join(", ", mail.to()), mail.subject());
  }
}
