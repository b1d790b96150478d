package de.berlin.sozwohn.wohnraumerhalt.process;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long personal data is kept ({@code wohnraumerhalt.retention.*}, ADR 0011).
 *
 * @param historyTimeToLive how long the history of a finished case is kept, in days (ISO-8601,
 *     default {@code P1825D}, 5 years); overrides the model's {@code historyTimeToLive}
 * @param cleanupCron when letters and registry entries of cleaned-up cases go (default 05:30); read
 *     by {@code PersonalDataCleanup}'s {@code @Scheduled}, listed here for the documentation
 */
@ConfigurationProperties("wohnraumerhalt.retention")
public record RetentionProperties(@DefaultValue("P1825D") Period historyTimeToLive,
    @DefaultValue("0 30 5 * * *") String cleanupCron) {}
