package de.berlin.sozwohn.wohnraumerhalt.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers on every answer of {@code /api}, {@code /engine-rest} and the start page (registered by {@link
 * WebConfiguration} ahead of the login, so a 401 or 413 carries them too): {@code Cache-Control:
 * no-store} – answers hold social data, no browser or proxy may keep them (a later {@code
 * Cache-Control} from a controller or from Camunda's REST API, e.g. {@code no-cache}, is ignored) –
 * and {@code X-Content-Type-Options: nosniff}. With {@code wohnraumerhalt.security.hsts} set (the
 * {@code production} profile) also {@code Strict-Transport-Security} with that value; the webapps
 * get theirs from Camunda's header filter ({@code camunda.bpm.webapp.header-security}).
 */
public class ResponseHeadersFilter extends OncePerRequestFilter {

  static final String NO_STORE = "no-store";
  static final String STRICT_TRANSPORT_SECURITY = "Strict-Transport-Security";
  static final String CONTENT_TYPE_OPTIONS = "X-Content-Type-Options";

  private final String hsts;

  /** @param hsts the {@code Strict-Transport-Security} value, blank for none */
  public ResponseHeadersFilter(String hsts) {
    this.hsts = StringUtils.hasText(hsts) ? hsts.strip() : null;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
    response.setHeader(CONTENT_TYPE_OPTIONS, "nosniff");
    if (hsts != null) {
      response.setHeader(STRICT_TRANSPORT_SECURITY, hsts);
    }
    chain.doFilter(request, new NoStore(response));
  }

  /** Keeps {@code Cache-Control: no-store}, whatever comes later. */
  private static final class NoStore extends HttpServletResponseWrapper {
    NoStore(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setHeader(String name, String value) {
      if (!HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name)) {
        super.addHeader(name, value);
      }
    }
  }
}
