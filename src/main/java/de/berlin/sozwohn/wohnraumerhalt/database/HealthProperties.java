package de.berlin.sozwohn.wohnraumerhalt.database;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Health checks ({@code wohnraumerhalt.health.*}).
 *
 * @param databaseTimeout how long the readiness check waits for the database (default 3 s)
 */
@ConfigurationProperties("wohnraumerhalt.health")
public record HealthProperties(@DefaultValue("3s") Duration databaseTimeout) {}
