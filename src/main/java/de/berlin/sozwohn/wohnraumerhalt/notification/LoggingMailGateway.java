package de.berlin.sozwohn.wohnraumerhalt.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway of the embedded default (no mail server): writes the complete mail — recipients,
 * subject, body — to the log at INFO under the logger {@value #LOGGER}, so nothing is lost and an
 * operator can route that logger to a file of its own. Our mails carry no personal data of
 * households (see {@link DeadlineEscalationMail}), so logging them in full is acceptable.
 */
public class LoggingMailGateway implements MailGateway {

  public static final String LOGGER = "wohnraumerhalt.mail";

  private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

  @Override
  public void send(OutgoingMail mail) {
    LOG.info("E-Mail (kein Mailserver konfiguriert – nur protokolliert)\nAn: {}\nBetreff: {}\n\n{}",
        String.join(", ", mail.to()), mail.subject(), mail.text());
  }
}
