package de.berlin.sozwohn.wohnraumerhalt.indicators.rules;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The targets and minimums of one agreement, one {@link Corridor} per standard id ({@code "1.1"} …
 * {@code "2"}). Which agreement a period takes is configured ({@code wohnraumerhalt.targets}, see
 * {@code indicators.TargetCatalogue}); {@link #builtIn()} is the Zielvereinbarung SozWohn
 * 2026–2027 as it was signed.
 *
 * @param agreement the agreement's name as the outputs show it
 * @param byStandard a corridor for every standard, by id, in the order of {@link Standard}
 */
public record Targets(String agreement, Map<String, Corridor> byStandard) {

  /**
   * @throws IllegalArgumentException for an unknown id or a missing standard (German message)
   */
  public Targets {
    if (agreement == null || agreement.isBlank()) {
      throw new IllegalArgumentException("Die Zielvereinbarung braucht einen Namen.");
    }
    Objects.requireNonNull(byStandard, "byStandard");
    for (String id : byStandard.keySet()) {
      if (Standard.byId(id).isEmpty()) {
        throw new IllegalArgumentException("Unbekannter Qualitätsstandard „" + id + "“ (erlaubt: "
            + Arrays.stream(Standard.values()).map(Standard::id).collect(Collectors.joining(", "))
            + ").");
      }
    }
    Map<String, Corridor> ordered = new LinkedHashMap<>();
    for (Standard standard : Standard.values()) {
      Corridor corridor = byStandard.get(standard.id());
      if (corridor == null) {
        throw new IllegalArgumentException("Qualitätsstandard " + standard.id()
            + " fehlt (für einen Standard ohne Werte: target-status und minimum-status „none“).");
      }
      ordered.put(standard.id(), corridor);
    }
    byStandard = java.util.Collections.unmodifiableMap(ordered);
  }

  /**
   * Target values of the Zielvereinbarung SozWohn 2026–2027: 1.1–1.3 perspective values of the AG
   * Fachstellenkonzept ("Perspektivischer Vorschlag", "Ist für die Folgezielvereinbarung zu
   * definieren"), 1.4 still to be defined, 1.5 and 2 agreed for 2026 and 2027.
   */
  public static Targets builtIn() {
    Map<String, Corridor> corridors = new LinkedHashMap<>();
    corridors.put("1.1", proposed(100, 80));
    corridors.put("1.2", proposed(90, 60));
    corridors.put("1.3", proposed(100, 90));
    corridors.put("1.4", Corridor.NONE);
    corridors.put("1.5", agreed(100, 90));
    corridors.put("2", agreed(65, 59));
    return new Targets("Zielvereinbarung SozWohn 2026–2027", corridors);
  }

  /** The corridor of a standard; every standard has one (perhaps {@link Corridor#NONE}). */
  public Corridor corridor(Standard standard) {
    return byStandard.get(standard.id());
  }

  private static Corridor proposed(int target, int minimum) {
    return new Corridor(target, TargetStatus.PROPOSED, minimum, TargetStatus.PROPOSED);
  }

  private static Corridor agreed(int target, int minimum) {
    return new Corridor(target, TargetStatus.AGREED, minimum, TargetStatus.AGREED);
  }
}
