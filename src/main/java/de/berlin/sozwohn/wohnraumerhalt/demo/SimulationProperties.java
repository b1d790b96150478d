package de.berlin.sozwohn.wohnraumerhalt.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The simulation clock ({@code wohnraumerhalt.simulation.*}, profile {@code simulation}).
 *
 * @param maxJobs how many due jobs one clock step runs at most before it reports the rest as
 *     remaining (default 10,000): a model with a timer loop cannot hang the request
 */
@ConfigurationProperties("wohnraumerhalt.simulation")
public record SimulationProperties(@DefaultValue("10000") int maxJobs) {}
