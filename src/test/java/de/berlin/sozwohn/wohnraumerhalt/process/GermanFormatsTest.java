package de.berlin.sozwohn.wohnraumerhalt.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class GermanFormatsTest {

  @Test
  void datesWithoutLeadingZeros() {
    assertThat(GermanFormats.date(LocalDate.of(2026, 11, 25))).isEqualTo("25.11.2026");
    assertThat(GermanFormats.date(LocalDate.of(2026, 3, 2))).isEqualTo("2.3.2026");
  }

  @Test
  void dateTimesWithUhr() {
    assertThat(GermanFormats.dateTime(LocalDateTime.of(2026, 12, 3, 10, 0)))
        .isEqualTo("3.12.2026, 10:00 Uhr");
    assertThat(GermanFormats.dateTime(LocalDateTime.of(2026, 3, 10, 9, 5)))
        .isEqualTo("10.3.2026, 09:05 Uhr");
  }

  @Test
  void eurosWithThousandsSeparatorAndCents() {
    assertThat(GermanFormats.euros(7795.3)).isEqualTo("7.795,30 €");
    assertThat(GermanFormats.euros(new BigDecimal("1500.00"))).isEqualTo("1.500,00 €");
    assertThat(GermanFormats.euros(0)).isEqualTo("0,00 €");
    assertThat(GermanFormats.euros(2450.505)).isEqualTo("2.450,51 €");
    assertThat(GermanFormats.euros(new BigDecimal("1234567.8"))).isEqualTo("1.234.567,80 €");
    assertThat(GermanFormats.euros(99L)).isEqualTo("99,00 €");
  }
}
