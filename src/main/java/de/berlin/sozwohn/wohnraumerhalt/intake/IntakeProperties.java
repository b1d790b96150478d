package de.berlin.sozwohn.wohnraumerhalt.intake;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code wohnraumerhalt.intake.*}.
 *
 * @param maxNoticeAge how far back a notice's {@code receivedOn} may lie (default one year)
 */
@ConfigurationProperties("wohnraumerhalt.intake")
public record IntakeProperties(@DefaultValue("P1Y") Period maxNoticeAge) {}
