package de.berlin.sozwohn.wohnraumerhalt.web;

import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Limits of our REST API ({@code /api}): body size, strict JSON types, response headers. */
@Configuration
public class WebConfiguration {

  /**
   * {@code Cache-Control: no-store}, {@code X-Content-Type-Options: nosniff} and (production) HSTS
   * on every answer of {@code /api}, {@code /engine-rest} and the start page ({@code static/index.html}
   * at {@code /} with its assets), first of all filters: also on 401 and 413.
   */
  @Bean
  public FilterRegistrationBean<ResponseHeadersFilter> responseHeadersFilter(
      WebProperties properties) {
    var registration = new FilterRegistrationBean<>(
        new ResponseHeadersFilter(properties.security().hsts()));
    registration.addUrlPatterns("/api/*", "/engine-rest/*", "/", "/index.html", "/startseite/*");
    registration.setName("responseHeadersFilter");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  /** 413 for bodies above {@code wohnraumerhalt.api.max-request-size} (default 64KB), before the login. */
  @Bean
  public FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(
      WebProperties properties) {
    var registration = new FilterRegistrationBean<>(
        new RequestSizeLimitFilter(properties.api().maxRequestSize().toBytes()));
    registration.addUrlPatterns("/api/*");
    registration.setName("requestSizeLimitFilter");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    return registration;
  }

  /**
   * A number or boolean where text is expected ({@code "court": 1}) is a wrong type (400 naming
   * the field), not text "1": Jackson would otherwise turn it into a string silently. Applies to
   * Spring's ObjectMapper (our {@code /api}); Camunda's REST API has its own.
   */
  @Bean
  public Jackson2ObjectMapperBuilderCustomizer strictTextualCoercion() {
    return builder -> builder.postConfigurer(mapper -> mapper.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
  }
}
