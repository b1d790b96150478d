package de.berlin.sozwohn.wohnraumerhalt.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic authentication against the engine's users for {@code /api} and {@code /engine-rest}.
 * A valid user becomes the engine's current authentication (user, groups, tenants) for the request,
 * so Camunda's authorization and tenant checks apply; everything else gets 401 with a problem document.
 */
public class EngineBasicAuthFilter extends OncePerRequestFilter {

  static final String REALM = "Wohnraumerhalt";

  private final IdentityService identityService;
  private final String engineName;

  public EngineBasicAuthFilter(IdentityService identityService, String engineName) {
    this.identityService = identityService;
    this.engineName = engineName;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    UserAuthentication webappUser = header == null ? webappSessionUser(request) : null;
    if (webappUser != null) {
      runAs(webappUser.getName(), webappUser.getGroupIds(), webappUser.getTenantIds(), request,
          response, chain);
      return;
    }
    String[] credentials = basicCredentials(header);
    if (credentials == null || !identityService.checkPassword(credentials[0], credentials[1])) {
      unauthorized(request, response);
      return;
    }
    String userId = credentials[0];
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList();
    List<String> tenants = identityService.createTenantQuery().userMember(userId)
        .includingGroupsOfUser(true).list().stream().map(Tenant::getId).toList();
    runAs(userId, groups, tenants, request, response, chain);
  }

  /** The rest of the request runs with this engine authentication, cleared afterwards. */
  private void runAs(String userId, List<String> groups, List<String> tenants,
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    identityService.setAuthentication(userId, groups, tenants);
    try {
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }

  /**
   * The user logged in to the webapps (Tasklist), for reading a case's letters only: a caseworker
   * opens the letter from the task form without a second login. Likewise the Cockpit page
   * "Kennzahlen" reads {@code GET /api/impact} (aggregated figures, the same access rules).
   * Read-only requests, so the webapps' CSRF protection is not needed here; everything else still
   * requires HTTP Basic.
   */
  private UserAuthentication webappSessionUser(HttpServletRequest request) {
    boolean readOnly = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!readOnly || !(LETTERS.matcher(path).matches() || IMPACT.matcher(path).matches())) {
      return null;
    }
    return sessionUser(request, engineName);
  }

  /** The user logged in to the webapps in this request's session, or null. */
  static UserAuthentication sessionUser(HttpServletRequest request, String engineName) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentication auth = AuthenticationUtil.getAuthsFromSession(session)
        .getAuthenticationForProcessEngine(engineName);
    return auth instanceof UserAuthentication user ? user : null;
  }

  private static final Pattern LETTERS = Pattern.compile("/api/cases/[^/]+/letters(/.*)?");
  /** "Wirkung und Kosten", read by the Cockpit page "Kennzahlen" with its login (aggregates). */
  private static final Pattern IMPACT = Pattern.compile("/api/impact");

  private static String[] basicCredentials(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()),
          StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon <= 0) {
        return null;
      }
      return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static void unauthorized(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
        "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    String instance = request.getRequestURI().replace("\\", "\\\\").replace("\"", "\\\"");
    response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
        + "\"detail\":\"Anmeldung erforderlich: Benutzername und Passwort (HTTP Basic).\","
        + "\"instance\":\"" + instance + "\"}");
  }
}
