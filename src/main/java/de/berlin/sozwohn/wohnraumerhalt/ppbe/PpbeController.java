package de.berlin.sozwohn.wohnraumerhalt.ppbe;

import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.security.CurrentUser;
import de.berlin.sozwohn.wohnraumerhalt.web.CsvResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/ppbe?from=YYYY-MM-DD&to=YYYY-MM-DD[&district=ID][&casesPerYear=N]} — staffing
 * needs from the model and from history per district (SPEC §5, §7); JSON, or CSV with
 * {@code Accept: text/csv}. For GPM consultants, process owners and administrators (all districts)
 * and a district's team lead (own district only); everyone else gets 403.
 */
@RestController
@RequestMapping("/api/ppbe")
public class PpbeController {

  private final PpbeService service;
  private final CurrentUser user;

  public PpbeController(PpbeService service, CurrentUser user) {
    this.service = service;
    this.user = user;
  }

  @GetMapping
  public ResponseEntity<?> report(@RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String district,
      @RequestParam(required = false) String casesPerYear,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    List<String> allowed = allowedDistricts();
    if (allowed.isEmpty()) {
      throw new PpbeRequestException(HttpStatus.FORBIDDEN, "Keine Berechtigung",
          "Die Personalbedarfsermittlung sehen GPM, Prozessverantwortung, Administration und die "
              + "Fachstellenleitung für ihren Bezirk.", null);
    }
    LocalDate start = date("from", from);
    LocalDate end = date("to", to);
    if (end.isBefore(start)) {
      throw new PpbeRequestException(HttpStatus.BAD_REQUEST, "Ungültiger Zeitraum",
          "„to“ (" + end + ") liegt vor „from“ (" + start + ").", "to");
    }
    List<String> districts = allowed;
    if (district != null && !district.isBlank()) {
      if (!Districts.isKnown(district)) {
        throw new PpbeRequestException(HttpStatus.BAD_REQUEST, "Unbekannter Bezirk",
            "„" + district + "“ ist kein Bezirk; erlaubt sind " + String.join(", ", Districts.IDS)
                + ".", "district");
      }
      if (!allowed.contains(district)) {
        throw new PpbeRequestException(HttpStatus.FORBIDDEN, "Fremder Bezirk",
            "Sie sehen die Personalbedarfsermittlung nur für " + String.join(", ", allowed) + ".",
            "district");
      }
      districts = List.of(district);
    }
    boolean withBerlin = districts.size() == Districts.IDS.size();
    StaffingReport report = service.report(start, end, districts, cases(casesPerYear), withBerlin);
    if (CsvResponse.wantsCsv(accept)) {
      return CsvResponse.of("ppbe-" + start + "-" + end + ".csv", PpbeCsv.write(report));
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
  }

  private List<String> allowedDistricts() {
    return PpbeAccess.allowedDistricts(user.groups());
  }

  private static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new PpbeRequestException(HttpStatus.BAD_REQUEST, "Zeitraum fehlt",
          "„" + name + "“ fehlt: Datum im Format JJJJ-MM-TT, z. B. 2026-01-01.", name);
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new PpbeRequestException(HttpStatus.BAD_REQUEST, "Ungültiges Datum",
          "„" + name + "“ ist kein Datum im Format JJJJ-MM-TT: „" + value + "“.", name);
    }
  }

  private static Double cases(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      double cases = PpbeAttributes.number(value);
      if (cases >= 0) {
        return cases;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new PpbeRequestException(HttpStatus.BAD_REQUEST, "Ungültige Fallzahl",
        "„casesPerYear“ muss eine Zahl ab 0 sein (Fälle pro Jahr und Bezirk): „" + value + "“.",
        "casesPerYear");
  }
}
