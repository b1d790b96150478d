package de.berlin.sozwohn.wohnraumerhalt.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Median and 90th percentile (nearest rank) read off grouped counts, checked by hand. */
class HistogramTest {

  @Test
  void noValuesHaveNoMedianAndNoPercentile() {
    Histogram empty = new Histogram().add(4, 0);
    assertThat(empty.count()).isZero();
    assertThat(empty.median()).isNull();
    assertThat(empty.p90()).isNull();
  }

  @Test
  void oneValueIsItsOwnMedianAndPercentile() {
    Histogram one = new Histogram().add(3);
    assertThat(one.median()).isEqualTo(3.0);
    assertThat(one.p90()).isEqualTo(3);
  }

  /** 1 2 3 4: median (2 + 3) / 2 = 2.5; p90 at ceil(3.6) = 4 → 4. */
  @Test
  void evenCountTakesTheMeanOfTheTwoMiddleValues() {
    Histogram h = new Histogram().add(4).add(2).add(1).add(3);
    assertThat(h.median()).isEqualTo(2.5);
    assertThat(h.p90()).isEqualTo(4);
  }

  /** 0 0 0 0 0 2 2 2 7 7: median (0 + 2) / 2 = 1.0; p90 at ceil(9.0) = 9 → 7. */
  @Test
  void groupedCountsAreWalkedInOrderOfTheValue() {
    Histogram h = new Histogram().add(7, 2).add(0, 5).add(2, 3);
    assertThat(h.count()).isEqualTo(10);
    assertThat(h.median()).isEqualTo(1.0);
    assertThat(h.p90()).isEqualTo(7);
  }

  /** Ten 1s and one 9: median the 6th value 1; p90 at ceil(9.9) = 10 → 1, not the 11th (9). */
  @Test
  void percentileIsTheNearestRankNotTheLargestValue() {
    Histogram h = new Histogram().add(1, 10).add(9, 1);
    assertThat(h.median()).isEqualTo(1.0);
    assertThat(h.p90()).isEqualTo(1);
  }

  /** 1 … 20 once each: median (10 + 11) / 2 = 10.5; p90 at ceil(18.0) = 18 → 18. */
  @Test
  void twentyValuesHaveTheirPercentileAtRankEighteen() {
    Histogram h = new Histogram();
    for (int day = 20; day >= 1; day--) {
      h.add(day);
    }
    assertThat(h.median()).isEqualTo(10.5);
    assertThat(h.p90()).isEqualTo(18);
    assertThat(h.valueAt(19)).isEqualTo(19);
  }

  /** 5 5 6 (same value added twice): median 5, p90 at ceil(2.7) = 3 → 6. */
  @Test
  void theSameValueAddedTwiceIsCountedTwice() {
    Histogram h = new Histogram().add(5, 1).add(6).add(5, 1);
    assertThat(h.count()).isEqualTo(3);
    assertThat(h.median()).isEqualTo(5.0);
    assertThat(h.p90()).isEqualTo(6);
  }

  @Test
  void negativeCountsAreRefused() {
    assertThatThrownBy(() -> new Histogram().add(1, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
