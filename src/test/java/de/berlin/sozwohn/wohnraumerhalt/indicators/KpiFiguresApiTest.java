package de.berlin.sozwohn.wohnraumerhalt.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import de.berlin.sozwohn.wohnraumerhalt.support.CsvDownload;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The throughput times ({@code figures}) of {@code GET /api/kpi}, JSON and CSV, on facts written
 * through {@link IndicatorFactStore} in the first half of 2041 (a year no other test uses) and
 * counted by hand with the Berlin calendar (2041: Frauentag Fri 8 Mar, Karfreitag 19 Apr,
 * Ostermontag 22 Apr, 1 May a Wednesday, Neujahr a Tuesday).
 */
@AppTest
class KpiFiguresApiTest {

  static final String DISTRICT = "steglitz-zehlendorf";
  static final String H1_2041 = "/api/kpi?from=2041-01-01&to=2041-06-30";
  static final String KEY_PREFIX = "figures-2041-";
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Autowired TestRestTemplate rest;
  @Autowired IndicatorFactStore store;
  @Autowired JdbcTemplate jdbc;
  final ObjectMapper json = new ObjectMapper();
  final List<String> caseKeys = new ArrayList<>();

  @BeforeEach
  void facts() {
    // the PostgreSQL suite keeps its schema between runs
    jdbc.update("DELETE FROM kpi_visit_fact WHERE case_key LIKE ?", KEY_PREFIX + "%");
    jdbc.update("DELETE FROM kpi_case_fact WHERE case_key LIKE ?", KEY_PREFIX + "%");

    // 1: court notice Mon 4 Mar, letter Thu 7 Mar (3 days, 3 working days); visits Tue 12 Mar
    // (5 days; Frauentag, weekend: 2 working days) and Mon 18 Mar; closed Wed 17 Apr
    // (44 days, 31 working days)
    String one = courtCase(DISTRICT, "2041-03-04");
    store.letterSent(one, d("2041-03-07"), d("2041-03-12"));
    store.visit(one, 1, d("2041-03-12"), 2, true);
    store.visit(one, 2, d("2041-03-18"), 2, true);
    store.closed(one, d("2041-04-17"), "housing-retained");
    // 2: court notice Fri 12 Apr, letter Tue 23 Apr (11 days; Easter: 5 working days); visit
    // Fri 3 May (10 days; 1 May: 7 working days); open
    String two = courtCase(DISTRICT, "2041-04-12");
    store.letterSent(two, d("2041-04-23"), d("2041-04-30"));
    store.visit(two, 1, d("2041-05-03"), 1, false);
    // 3: opened by a bailiff notice at 00:30 on Fri 3 May (still Thursday in UTC), closed Fri
    // 10 May: 7 days, 5 working days
    String three = caseKey();
    store.openCase(three, DISTRICT, IndicatorFactStore.ORIGIN_BAILIFF, null,
        instant("2041-05-03T00:30"));
    store.closed(three, d("2041-05-10"), "moved-out");
    // 4: letter in December 2040, visit Fri 4 Jan (8 days; Neujahr: 5 working days)
    String four = courtCase(DISTRICT, "2040-12-20");
    store.letterSent(four, d("2040-12-27"), d("2041-01-03"));
    store.visit(four, 1, d("2041-01-04"), 2, true);
    // 5: entered in error – counted nowhere (else its 2-day letter and its closure would be)
    String five = courtCase(DISTRICT, "2041-06-03");
    store.letterSent(five, d("2041-06-05"), d("2041-06-12"));
    store.closed(five, d("2041-06-20"), "other");
    store.enteredInError(five);
    // 6: letter after the period: nothing
    String six = courtCase(DISTRICT, "2041-06-24");
    store.letterSent(six, d("2041-07-02"), d("2041-07-09"));
    // 8: first visit in December 2040, the second in the period: not a first visit in it
    String eight = courtCase(DISTRICT, "2040-12-03");
    store.letterSent(eight, d("2040-12-05"), d("2040-12-12"));
    store.visit(eight, 1, d("2040-12-20"), 2, false);
    store.visit(eight, 2, d("2041-01-08"), 2, true);
    // 7: Spandau, letter on the day of the notice (0 days): only in Berlin's figures
    String seven = courtCase("spandau", "2041-02-04");
    store.letterSent(seven, d("2041-02-04"), d("2041-02-11"));
  }

  @Test
  void jsonCarriesTheFiguresPerDistrictAndForBerlin() throws Exception {
    String raw = get("monitoring", H1_2041 + "&district=" + DISTRICT, MediaType.APPLICATION_JSON);
    JsonNode body = json.readTree(raw);
    JsonNode district = body.path("districts").get(0);
    assertThat(district.path("district").asText()).isEqualTo(DISTRICT);
    JsonNode figures = district.path("figures");
    assertThat(fieldNames(figures))
        .containsExactly("noticeToLetter", "letterToFirstVisit", "noticeToClosure");
    // cases 1 and 2: days 3, 11 → 7; working days 3, 5 → 4
    assertFigure(figures.path("noticeToLetter"), 2, "7.0", "4.0");
    // cases 1, 4, 2: days 5, 8, 10 → 8; working days 2, 5, 7 → 5
    assertFigure(figures.path("letterToFirstVisit"), 3, "8.0", "5.0");
    // cases 1 and 3 (from its Berlin opening day): days 7, 44 → 25.5; working days 5, 31 → 18
    assertFigure(figures.path("noticeToClosure"), 2, "25.5", "18.0");

    // Berlin pools Spandau's case in: days 0, 3, 11 → 3; working days 0, 3, 5 → 3
    JsonNode berlin = body.path("berlin").path("figures");
    assertFigure(berlin.path("noticeToLetter"), 3, "3.0", "3.0");
    assertFigure(berlin.path("letterToFirstVisit"), 3, "8.0", "5.0");
    assertFigure(berlin.path("noticeToClosure"), 2, "25.5", "18.0");

    // the indicators stay as they were beside them
    assertThat(fieldNames(district.path("indicators")))
        .containsExactly("1.1", "1.2", "1.3", "1.4", "1.5", "2");
    assertThat(fieldNames(district)).containsExactly("district", "indicators", "figures");
    // aggregated numbers only: no case keys
    for (String key : caseKeys) {
      assertThat(raw).doesNotContain(key);
    }

    // a team lead of another district: her district without cases, Berlin the same
    JsonNode lead = json.readTree(get("leitung.mitte", H1_2041, MediaType.APPLICATION_JSON));
    assertThat(lead.path("districts").findValuesAsText("district")).containsExactly("mitte");
    JsonNode mitte = lead.path("districts").get(0).path("figures");
    for (String span : List.of("noticeToLetter", "letterToFirstVisit", "noticeToClosure")) {
      assertThat(mitte.path(span).path("cases").asInt()).as(span).isZero();
      assertThat(mitte.path(span).path("medianDays").isNull()).as(span).isTrue();
      assertThat(mitte.path(span).path("medianWorkingDays").isNull()).as(span).isTrue();
    }
    assertThat(lead.path("berlin").path("figures")).isEqualTo(body.path("berlin").path("figures"));
  }

  @Test
  void csvCarriesTheFiguresAsRowsOfTheirOwn() {
    String text = CsvDownload.text(CsvDownload.get(rest, "monitoring",
        H1_2041 + "&district=" + DISTRICT));
    String[] lines = text.split("\r\n");
    assertThat(lines[0]).isEqualTo(String.join(";", KpiCsv.HEADINGS));
    assertThat(lines[0]).endsWith(";Status;Ausstehend;Hinweis;Fälle;Median Tage;Median Arbeitstage");
    // the district: 6 indicators, 3 figures; then Berlin the same
    assertThat(lines).hasSize(1 + 2 * 9);
    String unit = "01.01.2041;30.06.2041;steglitz-zehlendorf;Steglitz-Zehlendorf;";
    assertThat(Arrays.copyOfRange(lines, 7, 10)).containsExactly(
        unit + "noticeToLetter;Durchlaufzeit vom Eingang der Mitteilung bis zum Anschreiben"
            + ";;;;;;;;;;;2;7,0;4,0",
        unit + "letterToFirstVisit;Durchlaufzeit vom Anschreiben bis zum ersten Hausbesuch"
            + ";;;;;;;;;;;3;8,0;5,0",
        unit + "noticeToClosure;Durchlaufzeit vom Eingang der Mitteilung bis zum Abschluss"
            + ";;;;;;;;;;;2;25,5;18,0");
    // the indicator rows leave the figure columns empty
    assertThat(lines[1]).startsWith(unit + "1.1;").endsWith(";;;");
    assertThat(lines[10]).startsWith("01.01.2041;30.06.2041;berlin;Berlin;1.1;");
    assertThat(lines[16]).isEqualTo("01.01.2041;30.06.2041;berlin;Berlin;noticeToLetter;"
        + "Durchlaufzeit vom Eingang der Mitteilung bis zum Anschreiben;;;;;;;;;;;3;3,0;3,0");

    // a unit without such cases says so
    String[] all = CsvDownload.text(CsvDownload.get(rest, "monitoring", H1_2041)).split("\r\n");
    assertThat(all).hasSize(1 + 13 * 9);
    assertThat(all).contains("01.01.2041;30.06.2041;mitte;Mitte;noticeToClosure;"
        + "Durchlaufzeit vom Eingang der Mitteilung bis zum Abschluss;;;;;;;;;;keine Fälle;0;;");
    for (String key : caseKeys) {
      assertThat(text).doesNotContain(key);
    }
  }

  // ------------------------------------------------------------------ helpers

  private String courtCase(String district, String receivedOn) {
    String key = caseKey();
    store.openCase(key, district, IndicatorFactStore.ORIGIN_COURT, d(receivedOn),
        instant(receivedOn + "T10:00"));
    return key;
  }

  private String caseKey() {
    String key = KEY_PREFIX + (caseKeys.size() + 1);
    caseKeys.add(key);
    return key;
  }

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static Instant instant(String berlinLocal) {
    return LocalDateTime.parse(berlinLocal).atZone(BERLIN).toInstant();
  }

  private static void assertFigure(JsonNode figure, int cases, String medianDays,
      String medianWorkingDays) {
    assertThat(fieldNames(figure)).containsExactly("cases", "medianDays", "medianWorkingDays");
    assertThat(figure.path("cases").asInt()).as("cases").isEqualTo(cases);
    assertThat(figure.path("medianDays").decimalValue()).as("medianDays")
        .isEqualByComparingTo(medianDays);
    assertThat(figure.path("medianWorkingDays").decimalValue()).as("medianWorkingDays")
        .isEqualByComparingTo(medianWorkingDays);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private String get(String user, String path, MediaType accept) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, "admin".equals(user) ? "admin" : "demo");
    headers.setAccept(List.of(accept));
    ResponseEntity<String> response =
        rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }
}
