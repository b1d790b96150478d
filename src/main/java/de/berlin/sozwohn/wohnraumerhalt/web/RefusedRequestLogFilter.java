package de.berlin.sozwohn.wohnraumerhalt.web;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Keeps refused user requests out of the error log. Camunda logs every exception that ends a
 * command as {@code ENGINE-16004} at ERROR with its stack trace – also a caseworker's input that
 * the server refused (a dispatch date in the future, answered 400) and a request for another
 * district's task (tenant check, answered 404). Those are the user's mistakes, not the system's,
 * and an operator watching for ERROR should not be woken by them. Camunda itself already logs
 * such exceptions at DEBUG when they reach it directly; a task listener's exception reaches it
 * wrapped, and the tenant check throws a plain {@code ProcessEngineException}.
 *
 * <p>This logback filter drops those ENGINE-16004 events and writes one line at INFO instead
 * (logger {@value #LOGGER}). Everything else – any other exception, any other logger – is left
 * alone. Installed once logging is set up ({@link Installer}, {@code META-INF/spring.factories}).
 */
public class RefusedRequestLogFilter extends TurboFilter {

  public static final String LOGGER = "wohnraumerhalt.refused-requests";
  static final String CONTEXT_LOGGER = "org.camunda.bpm.engine.context";

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format,
      Object[] params, Throwable t) {
    if (level != Level.ERROR || !CONTEXT_LOGGER.equals(logger.getName()) || format == null
        || !format.contains("ENGINE-16004")) {
      return FilterReply.NEUTRAL;
    }
    Throwable thrown = t != null ? t : lastThrowable(params);
    if (!isRefusedRequest(thrown)) {
      return FilterReply.NEUTRAL;
    }
    LoggerFactory.getLogger(LOGGER).info("Anfrage abgelehnt: {}", message(thrown));
    return FilterReply.DENY;
  }

  /** Input refused by validation, or a resource outside the user's authorizations or tenants. */
  static boolean isRefusedRequest(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof BadUserRequestException || cause instanceof AuthorizationException) {
        return true;
      }
      String message = cause.getMessage();
      if (message != null && message.startsWith("ENGINE-13034")
          && message.contains("belongs to no authenticated tenant")) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  private static Throwable lastThrowable(Object[] params) {
    if (params != null && params.length > 0 && params[params.length - 1] instanceof Throwable e) {
      return e;
    }
    return null;
  }

  private static String message(Throwable thrown) {
    Throwable root = thrown;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage();
  }

  /** Adds the filter after Spring Boot has configured logback (which resets earlier filters). */
  public static class Installer
      implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
      if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
          && context.getTurboFilterList().stream().noneMatch(RefusedRequestLogFilter.class::isInstance)) {
        RefusedRequestLogFilter filter = new RefusedRequestLogFilter();
        filter.setName("refusedRequests");
        filter.start();
        context.addTurboFilter(filter);
      }
    }

    @Override
    public int getOrder() {
      // after LoggingApplicationListener (HIGHEST_PRECEDENCE + 20), which initializes logback
      return Ordered.HIGHEST_PRECEDENCE + 30;
    }
  }
}
