package de.berlin.sozwohn.wohnraumerhalt.intake;

import static org.assertj.core.api.Assertions.assertThat;

import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Case numbers count per district and year, also when the clock goes back to an earlier year. */
@AppTest
class CaseNumberTest {

  @Autowired CaseRegistry registry;
  @Autowired TransactionTemplate transaction;

  @Test
  void numbersArePerYearAndNeverReissuedWhenTheYearGoesBackAndForth() {
    assertThat(next("spandau", 2031)).isEqualTo("SP-2031-00001");
    assertThat(next("spandau", 2031)).isEqualTo("SP-2031-00002");
    assertThat(next("spandau", 2030)).isEqualTo("SP-2030-00001");
    assertThat(next("spandau", 2031)).isEqualTo("SP-2031-00003");
    assertThat(next("reinickendorf", 2031)).isEqualTo("RE-2031-00001");
  }

  private String next(String district, int year) {
    return transaction.execute(status -> {
      registry.lockDistrict(district);
      return registry.nextCaseId(district, LocalDate.of(year, 6, 1));
    });
  }
}
