package de.berlin.sozwohn.wohnraumerhalt.web;

import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** RFC 9457 problem documents of our REST API: stable {@code type} URIs, German title and detail. */
public final class Problems {

  private static final String BASE = "https://wohnraumerhalt.berlin.de/probleme/";

  /** The type URI of a kind of problem, e.g. {@code type("ungueltige-mitteilung")}. */
  public static URI type(String slug) {
    return URI.create(BASE + slug);
  }

  public static ResponseEntity<ProblemDetail> response(HttpStatus status, URI type, String title,
      String detail, Map<String, ?> extensions) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(type);
    problem.setTitle(title);
    extensions.forEach(problem::setProperty);
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  private Problems() {}
}
