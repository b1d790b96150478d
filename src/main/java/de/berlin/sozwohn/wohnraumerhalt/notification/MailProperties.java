package de.berlin.sozwohn.wohnraumerhalt.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Our mails ({@code wohnraumerhalt.mail.*}); the server is Spring's {@code spring.mail.*}.
 *
 * @param from the sender of deadline escalations
 */
@ConfigurationProperties("wohnraumerhalt.mail")
public record MailProperties(@DefaultValue("wohnraumerhalt@bezirksamt.example") String from) {}
