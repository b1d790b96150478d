package de.berlin.sozwohn.wohnraumerhalt.indicators.rules;

/** What one case, notice or eviction contributes to an indicator. */
public enum Assessment {
  /** in the denominator and the numerator */
  MET,
  /** in the denominator only */
  MISSED,
  /** the deadline has not passed and the act has not happened yet: neither met nor missed */
  PENDING,
  /** not part of this indicator for this period */
  NOT_COUNTED
}
