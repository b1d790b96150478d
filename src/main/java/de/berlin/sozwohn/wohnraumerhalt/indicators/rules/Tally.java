package de.berlin.sozwohn.wohnraumerhalt.indicators.rules;

/** Counts of one indicator: numerator = met, denominator = met + missed, and the pending ones. */
public record Tally(int met, int missed, int pending) {

  public static final Tally EMPTY = new Tally(0, 0, 0);

  public int numerator() {
    return met;
  }

  public int denominator() {
    return met + missed;
  }

  public Tally add(Assessment assessment) {
    return switch (assessment) {
      case MET -> new Tally(met + 1, missed, pending);
      case MISSED -> new Tally(met, missed + 1, pending);
      case PENDING -> new Tally(met, missed, pending + 1);
      case NOT_COUNTED -> this;
    };
  }

  public Tally plus(Tally other) {
    return new Tally(met + other.met, missed + other.missed, pending + other.pending);
  }
}
