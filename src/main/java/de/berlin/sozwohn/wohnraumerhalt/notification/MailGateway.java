package de.berlin.sozwohn.wohnraumerhalt.notification;

/**
 * Sends the application's mails. {@link MailGatewayConfiguration} chooses the implementation: SMTP
 * when {@code spring.mail.host} is set, otherwise the log ("logged, not lost").
 *
 * <p>Contract: {@link #send} either hands the mail over or throws. Implementations never swallow a
 * failure — a caller running in a Camunda job relies on the exception to roll back, retry and
 * finally raise an incident.
 */
public interface MailGateway {

  void send(OutgoingMail mail);
}
