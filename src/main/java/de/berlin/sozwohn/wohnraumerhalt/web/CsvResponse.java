package de.berlin.sozwohn.wohnraumerhalt.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A {@link GermanCsv} as the answer of a GET that was asked for {@code Accept: text/csv}: {@code
 * text/csv;charset=UTF-8}, as an attachment with its file name, the bytes with the byte order mark.
 */
public final class CsvResponse {

  public static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private CsvResponse() {}

  /**
   * @param filename e.g. {@code kennzahlen_2026-01-01_2026-06-30.csv}
   */
  public static ResponseEntity<byte[]> of(String filename, GermanCsv csv) {
    return ResponseEntity.ok().contentType(TEXT_CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(filename).build().toString())
        .body(csv.bytes());
  }

  /**
   * CSV when the client prefers text/csv over JSON; JSON otherwise (also for any or no Accept).
   */
  public static boolean wantsCsv(String accept) {
    if (accept == null || accept.isBlank()) {
      return false;
    }
    List<MediaType> types;
    try {
      types = new ArrayList<>(MediaType.parseMediaTypes(accept));
    } catch (IllegalArgumentException e) {
      return false;
    }
    MediaType.sortByQualityValue(types);
    for (MediaType type : types) {
      if (type.isWildcardType()) {
        return false;
      }
      if (type.isCompatibleWith(TEXT_CSV)) {
        return true;
      }
      if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
        return false;
      }
    }
    return false;
  }
}
