package de.berlin.sozwohn.wohnraumerhalt.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deadline escalations ({@code wohnraumerhalt.escalation.*}, ADR 0004).
 *
 * @param fallbackAddress used (with a warning) when the district's team-lead group has no member
 *     with an e-mail address; {@code {district}} is replaced by the district id
 * @param overduePriority the priority a task gets when its deadline is missed (Camunda's default
 *     is 50)
 */
@ConfigurationProperties("wohnraumerhalt.escalation")
public record EscalationProperties(
    @DefaultValue("fachstelle-{district}@bezirksamt.example") String fallbackAddress,
    @DefaultValue("80") int overduePriority) {}
