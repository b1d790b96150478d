package de.berlin.sozwohn.wohnraumerhalt.indicators;

import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Corridor;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Period;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.TargetStatus;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Targets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The agreements of {@link TargetProperties}, checked when the application starts: a bad entry
 * stops the start with a German message naming the agreement and the standard. A period takes the
 * newest agreement whose {@code valid-from} is not after the period's end; a period before the
 * first agreement takes the first one (an agreement stays in force until another replaces it).
 */
@Component
public class TargetCatalogue {

  private record Dated(LocalDate validFrom, Targets targets) {}

  private final List<Dated> agreements;

  public TargetCatalogue(TargetProperties properties) {
    this.agreements = read(properties);
  }

  /** The built-in agreement only ({@link Targets#builtIn()}, valid from 2026-01-01). */
  public static TargetCatalogue builtIn() {
    return new TargetCatalogue(new TargetProperties(null));
  }

  /** The agreement that applies to the period. */
  public Targets forPeriod(Period period) {
    Dated applies = agreements.get(0);
    for (Dated agreement : agreements) {
      if (!agreement.validFrom().isAfter(period.to())) {
        applies = agreement;
      }
    }
    return applies.targets();
  }

  private static List<Dated> read(TargetProperties properties) {
    if (properties.agreements().isEmpty()) {
      return List.of(new Dated(LocalDate.of(2026, 1, 1), Targets.builtIn()));
    }
    List<Dated> result = new ArrayList<>();
    Set<LocalDate> starts = new HashSet<>();
    int index = 0;
    for (TargetProperties.Agreement agreement : properties.agreements()) {
      String where = "wohnraumerhalt.targets.agreements[" + index++ + "]"
          + (agreement.name() == null ? "" : " („" + agreement.name() + "“)");
      if (agreement.validFrom() == null) {
        throw invalid(where, "valid-from fehlt (Datum JJJJ-MM-TT).");
      }
      if (!starts.add(agreement.validFrom())) {
        throw invalid(where, "Eine andere Zielvereinbarung gilt schon ab "
            + agreement.validFrom() + ".");
      }
      result.add(new Dated(agreement.validFrom(), targets(where, agreement)));
    }
    result.sort(Comparator.comparing(Dated::validFrom));
    return List.copyOf(result);
  }

  private static Targets targets(String where, TargetProperties.Agreement agreement) {
    Map<String, Corridor> corridors = new LinkedHashMap<>();
    List<TargetProperties.Entry> entries =
        agreement.standards() == null ? List.of() : agreement.standards();
    for (TargetProperties.Entry entry : entries) {
      String standard = where + ", Qualitätsstandard " + entry.id();
      if (corridors.containsKey(entry.id())) {
        throw invalid(standard, "steht zweimal in der Liste.");
      }
      try {
        corridors.put(entry.id(), new Corridor(entry.target(), status("target-status",
            entry.targetStatus()), entry.minimum(), status("minimum-status",
            entry.minimumStatus())));
      } catch (IllegalArgumentException e) {
        throw invalid(standard, e.getMessage());
      }
    }
    try {
      return new Targets(agreement.name(), corridors);
    } catch (IllegalArgumentException e) {
      throw invalid(where, e.getMessage());
    }
  }

  private static TargetStatus status(String property, String code) {
    if (code == null) {
      throw new IllegalArgumentException(property + " fehlt (agreed, proposed oder none).");
    }
    try {
      return TargetStatus.ofCode(code.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(property + ": " + e.getMessage());
    }
  }

  private static IllegalStateException invalid(String where, String message) {
    return new IllegalStateException("Zielwerte falsch konfiguriert – " + where + ": " + message);
  }
}
