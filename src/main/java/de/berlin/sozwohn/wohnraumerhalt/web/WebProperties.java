package de.berlin.sozwohn.wohnraumerhalt.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits and headers of the HTTP interfaces ({@code wohnraumerhalt.api.*},
 * {@code wohnraumerhalt.security.*}).
 *
 * @param api {@code maxRequestSize}: bodies of {@code /api} above it get 413 (default 64KB; a
 *     notice is about 1 KB)
 * @param security {@code hsts}: the {@code Strict-Transport-Security} value on {@code /api} and
 *     {@code /engine-rest}; empty (the default) sends none – production sets it
 */
@ConfigurationProperties("wohnraumerhalt")
public record WebProperties(@DefaultValue Api api, @DefaultValue Security security) {

  public record Api(@DefaultValue("64KB") DataSize maxRequestSize) {}

  public record Security(@DefaultValue("") String hsts) {}
}
