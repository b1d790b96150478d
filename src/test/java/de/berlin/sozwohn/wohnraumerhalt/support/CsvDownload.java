package de.berlin.sozwohn.wohnraumerhalt.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A CSV answer of our API as Excel gets it: the raw bytes, and the text after the BOM. */
public final class CsvDownload {

  private CsvDownload() {
  }

  /** GET with {@code Accept: text/csv} as a demo user ({@code admin}/admin, everyone else /demo). */
  public static ResponseEntity<byte[]> get(TestRestTemplate rest, String user, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, "admin".equals(user) ? "admin" : "demo");
    headers.setAccept(List.of(MediaType.parseMediaType("text/csv")));
    return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
  }

  /** The file's text after the byte order mark (which it must have); the answer must be 200. */
  public static String text(ResponseEntity<byte[]> csv) {
    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    byte[] bytes = csv.getBody();
    assertThat(Arrays.copyOf(bytes, 3)).as("BOM").containsExactly(0xEF, 0xBB, 0xBF);
    return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
  }
}
