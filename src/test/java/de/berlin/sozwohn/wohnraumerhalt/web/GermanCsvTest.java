package de.berlin.sozwohn.wohnraumerhalt.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** The one CSV format of the application, byte by byte, and its HTTP answer. */
class GermanCsvTest {

  @Test
  void bomSemicolonsCrlfAndUtf8() {
    GermanCsv csv = new GermanCsv(List.of("Bezirk", "Qualitätsstandard", "Prozent"));
    csv.row("Neukölln", "Sofortiges Tätigwerden bei Räumungsklagen", GermanCsv.number(
        new BigDecimal("66.7")));

    byte[] bytes = csv.bytes();
    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertThat(text).isEqualTo("Bezirk;Qualitätsstandard;Prozent\r\n"
        + "Neukölln;Sofortiges Tätigwerden bei Räumungsklagen;66,7\r\n");
    assertThat(csv.text()).isEqualTo(text);
    // ä as UTF-8 (C3 A4), right after the BOM and "Bezirk;Qualit"
    int at = 3 + "Bezirk;Qualit".length();
    assertThat(Arrays.copyOfRange(bytes, at, at + 2)).containsExactly(0xC3, 0xA4);
    // exactly one BOM
    assertThat(bytes[3]).isEqualTo((byte) 'B');
  }

  @Test
  void germanNumbers() {
    assertThat(GermanCsv.number(new BigDecimal("66.7"))).isEqualTo("66,7");
    // a BigDecimal keeps its scale: the percent 100.0 reads 100,0
    assertThat(GermanCsv.number(new BigDecimal("100.0"))).isEqualTo("100,0");
    assertThat(GermanCsv.number(new BigDecimal("-0.2"))).isEqualTo("-0,2");
    assertThat(GermanCsv.number(41)).isEqualTo("41");
    assertThat(GermanCsv.number(-2)).isEqualTo("-2");
    assertThat(GermanCsv.number(95400.0)).isEqualTo("95400");
    assertThat(GermanCsv.number(0.67)).isEqualTo("0,67");
    assertThat(GermanCsv.number(-0.0)).isEqualTo("0");
    // no grouping, no exponent
    assertThat(GermanCsv.number(12345678.5)).isEqualTo("12345678,5");
    assertThat(GermanCsv.number(new BigDecimal("1E+3"))).isEqualTo("1000");
    assertThat(GermanCsv.number(null)).isEmpty();
    assertThatThrownBy(() -> GermanCsv.number(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void germanDates() {
    assertThat(GermanCsv.date(LocalDate.of(2026, 6, 30))).isEqualTo("30.06.2026");
    assertThat(GermanCsv.date(LocalDate.of(2026, 1, 1))).isEqualTo("01.01.2026");
    assertThat(GermanCsv.date(null)).isEmpty();
    assertThat(GermanCsv.dateTime(LocalDateTime.of(2026, 7, 8, 14, 5))).isEqualTo("08.07.2026 14:05");
    // 12:05 UTC is 14:05 in Berlin in summer
    assertThat(GermanCsv.dateTime(Instant.parse("2026-07-08T12:05:00Z"),
        ZoneId.of("Europe/Berlin"))).isEqualTo("08.07.2026 14:05");
    assertThat(GermanCsv.dateTime(null, ZoneId.of("Europe/Berlin"))).isEmpty();
  }

  @Test
  void fieldsWithSeparatorsQuotesOrLineBreaksAreQuoted() {
    GermanCsv csv = new GermanCsv(List.of("A", "B", "C", "D"));
    csv.row("Personal; Urlaub", "sagte \"nein\"", "Zeile 1\r\nZeile 2", null);
    assertThat(csv.text()).endsWith("\"Personal; Urlaub\";\"sagte \"\"nein\"\"\";"
        + "\"Zeile 1\r\nZeile 2\";\r\n");
    // a comma is no separator here
    csv.row("1,5", "a,b", "", "x");
    assertThat(csv.text()).endsWith("\r\n1,5;a,b;;x\r\n");
  }

  @Test
  void textThatASpreadsheetWouldRunAsAFormulaIsDefused() {
    GermanCsv csv = new GermanCsv(List.of("Begründung"));
    csv.row("=HYPERLINK(\"http://x\";\"klick\")").row("+49 30 1234").row("@SUMME(A1)")
        .row("- Personalengpass").row("-0,2").row("-17").row("Engpass -2");
    String[] lines = csv.text().split("\r\n");
    assertThat(lines[1]).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\";\"\"klick\"\")\"");
    assertThat(lines[2]).isEqualTo("'+49 30 1234");
    assertThat(lines[3]).isEqualTo("'@SUMME(A1)");
    assertThat(lines[4]).isEqualTo("'- Personalengpass");
    // numbers stay numbers
    assertThat(lines[5]).isEqualTo("-0,2");
    assertThat(lines[6]).isEqualTo("-17");
    assertThat(lines[7]).isEqualTo("Engpass -2");
  }

  @Test
  void everyRowHasAFieldPerHeading() {
    GermanCsv csv = new GermanCsv(List.of("A", "B"));
    assertThatThrownBy(() -> csv.row("nur eins")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GermanCsv(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theAnswerIsAnAttachmentInUtf8() {
    GermanCsv csv = new GermanCsv(List.of("Zähler")).row("1");
    ResponseEntity<byte[]> response = CsvResponse.of("kennzahlen_2026-01-01_2026-06-30.csv", csv);
    assertThat(response.getStatusCode().value()).isEqualTo(200);
    assertThat(response.getHeaders().getContentType().toString())
        .isEqualTo("text/csv;charset=UTF-8");
    assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .isEqualTo("attachment; filename=\"kennzahlen_2026-01-01_2026-06-30.csv\"");
    assertThat(response.getBody()).isEqualTo(csv.bytes());
  }

  @Test
  void csvOnlyWhenTheClientPrefersIt() {
    assertThat(CsvResponse.wantsCsv("text/csv")).isTrue();
    assertThat(CsvResponse.wantsCsv("text/csv;charset=UTF-8")).isTrue();
    assertThat(CsvResponse.wantsCsv("application/json;q=0.5, text/csv")).isTrue();
    assertThat(CsvResponse.wantsCsv("application/json, text/csv;q=0.5")).isFalse();
    assertThat(CsvResponse.wantsCsv("*/*")).isFalse();
    assertThat(CsvResponse.wantsCsv(null)).isFalse();
    assertThat(CsvResponse.wantsCsv("")).isFalse();
    assertThat(CsvResponse.wantsCsv("kein/typ;;;=")).isFalse();
  }
}
