package de.berlin.sozwohn.wohnraumerhalt.indicators.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Target and minimum of one standard with their status (SPEC §4). A value is {@link Status#MET} at
 * or above the target, in the {@link Status#CORRIDOR} at or above the minimum, otherwise
 * {@link Status#BELOW} – also against a proposed target, since the status says how binding it is.
 *
 * <p>Agreed or proposed needs a value, "none" forbids one, and the minimum is not above the target.
 *
 * @param target percent (for standard 2 the 0–100 scale); null when its status is none
 * @param minimum null when its status is none
 */
public record Corridor(Integer target, TargetStatus targetStatus, Integer minimum,
    TargetStatus minimumStatus) {

  /** Neither target nor minimum (standard 1.4 today). */
  public static final Corridor NONE = new Corridor(null, TargetStatus.NONE, null, TargetStatus.NONE);

  /**
   * @throws IllegalArgumentException when the corridor contradicts itself (German message)
   */
  public Corridor {
    Objects.requireNonNull(targetStatus, "targetStatus");
    Objects.requireNonNull(minimumStatus, "minimumStatus");
    check("Zielwert", target, targetStatus);
    check("Mindestwert", minimum, minimumStatus);
    if (target != null && minimum != null && minimum > target) {
      throw new IllegalArgumentException("Der Mindestwert " + minimum
          + " liegt über dem Zielwert " + target + ".");
    }
  }

  private static void check(String what, Integer value, TargetStatus status) {
    if (status == TargetStatus.NONE && value != null) {
      throw new IllegalArgumentException(what + " " + value
          + " mit Status „none“: ohne festgelegten Wert darf keiner angegeben sein.");
    }
    if (status != TargetStatus.NONE && value == null) {
      throw new IllegalArgumentException(what + " mit Status „" + status.code()
          + "“ braucht einen Wert.");
    }
    if (value != null && (value < 0 || value > 100)) {
      throw new IllegalArgumentException(what + " " + value + " liegt nicht zwischen 0 und 100.");
    }
  }

  /**
   * met ≥ target, corridor ≥ minimum, otherwise below – compared with the exact value, not the
   * rounded one (79.96 % is below a minimum of 80 % even though it reads 80.0). Null without a
   * target or without a value.
   */
  public Status status(BigDecimal exactPercent) {
    if (target == null || exactPercent == null) {
      return null;
    }
    if (exactPercent.compareTo(BigDecimal.valueOf(target)) >= 0) {
      return Status.MET;
    }
    if (minimum != null && exactPercent.compareTo(BigDecimal.valueOf(minimum)) >= 0) {
      return Status.CORRIDOR;
    }
    return Status.BELOW;
  }
}
