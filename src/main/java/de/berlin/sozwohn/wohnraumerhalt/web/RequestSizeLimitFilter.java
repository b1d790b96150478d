package de.berlin.sozwohn.wohnraumerhalt.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rejects request bodies above a limit with 413 and an RFC 9457 problem document, before anything
 * reads them (registered for {@code /api/*} by {@link WebConfiguration}, ahead of the login). A
 * declared {@code Content-Length} above the limit is refused at once; a body without one (chunked)
 * is read up to the limit and refused when it goes on. Notices are about 1 KB; the limit (default
 * 64 KB, {@code wohnraumerhalt.api.max-request-size}) keeps a client from making the application
 * parse megabytes of JSON.
 */
public class RequestSizeLimitFilter extends OncePerRequestFilter {

  static final String TYPE = "https://wohnraumerhalt.berlin.de/probleme/anfrage-zu-gross";

  private final long maxBytes;

  public RequestSizeLimitFilter(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    long declared = request.getContentLengthLong();
    if (declared > maxBytes) {
      tooLarge(request, response);
      return;
    }
    if (declared >= 0 || !hasBody(request)) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    if (body.length > maxBytes) {
      tooLarge(request, response);
      return;
    }
    chain.doFilter(new BodyReadRequest(request, body), response);
  }

  private static boolean hasBody(HttpServletRequest request) {
    String method = request.getMethod();
    return "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method);
  }

  private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    response.setHeader(HttpHeaders.CONNECTION, "close");
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    String instance = request.getRequestURI().replace("\\", "\\\\").replace("\"", "\\\"");
    response.getWriter().write("{\"type\":\"" + TYPE + "\",\"title\":\"Anfrage zu groß\","
        + "\"status\":413,\"detail\":\"Die Anfrage ist größer als " + (maxBytes / 1024)
        + " KB und wird nicht angenommen.\",\"instance\":\"" + instance + "\","
        + "\"maxBytes\":" + maxBytes + "}");
  }
}
