package de.berlin.sozwohn.wohnraumerhalt.flow;

import java.util.Map;
import java.util.TreeMap;

/**
 * Durations in whole days as a histogram: how many values there are of each day count. The
 * database groups the steps ({@code SELECT activity_id, working_days, COUNT(*) … GROUP BY …}), so
 * that a period of a million steps arrives as a few hundred rows; the median and the 90th
 * percentile are then read off the histogram by walking its counts, without sorting a single
 * value. Plain Java, no Camunda.
 *
 * <p>Definitions (the same for every view): the median of n values is the middle value of the
 * sorted values when n is odd and the mean of the two middle values when n is even (so it may be
 * x.5); the 90th percentile is the nearest rank – the value at the 1-based position
 * ceil(0.9 × n). Both are null when there is no value.
 */
public final class Histogram {

  private final TreeMap<Integer, Long> counts = new TreeMap<>();
  private long total;

  /** Adds {@code count} values of {@code value} days; a count of 0 changes nothing. */
  public Histogram add(int value, long count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, was " + count);
    }
    if (count > 0) {
      counts.merge(value, count, Long::sum);
      total += count;
    }
    return this;
  }

  /** Adds one value. */
  public Histogram add(int value) {
    return add(value, 1);
  }

  /** How many values there are. */
  public long count() {
    return total;
  }

  /** The median, or null without values. */
  public Double median() {
    if (total == 0) {
      return null;
    }
    if (total % 2 == 1) {
      return (double) valueAt((total + 1) / 2);
    }
    return (valueAt(total / 2) + (double) valueAt(total / 2 + 1)) / 2.0;
  }

  /** The 90th percentile by nearest rank, or null without values. */
  public Integer p90() {
    if (total == 0) {
      return null;
    }
    // ceil(0.9 × n) in integers: no floating-point rounding at exact multiples of ten
    return valueAt((9 * total + 9) / 10);
  }

  /** The value at a 1-based position of the sorted values. */
  int valueAt(long position) {
    long seen = 0;
    for (Map.Entry<Integer, Long> entry : counts.entrySet()) {
      seen += entry.getValue();
      if (seen >= position) {
        return entry.getKey();
      }
    }
    throw new IllegalArgumentException("position " + position + " beyond " + total + " values");
  }
}
