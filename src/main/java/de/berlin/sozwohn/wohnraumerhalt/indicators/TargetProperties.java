package de.berlin.sozwohn.wohnraumerhalt.indicators;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code wohnraumerhalt.targets.*}: target and minimum per standard as each agreement states
 * them – {@code agreed} (vereinbart), {@code proposed} (perspektivischer Vorschlag der AG
 * Fachstellenkonzept) or {@code none}. A period takes the newest agreement whose
 * {@code valid-from} is not after the period's end ({@link TargetCatalogue}). Without any entry
 * the built-in Zielvereinbarung SozWohn 2026–2027 applies
 * ({@link de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Targets#builtIn()}).
 *
 * <pre>
 * wohnraumerhalt.targets.agreements:
 *   - name: "Zielvereinbarung SozWohn 2026–2027"
 *     valid-from: 2026-01-01
 *     standards:
 *       - {id: "1.1", target: 100, target-status: proposed, minimum: 80, minimum-status: proposed}
 *       …
 * </pre>
 *
 * A list of entries rather than a map keyed by id: Spring would need {@code "[1.1]"} for a key
 * with a dot.
 *
 * @param agreements the agreements, in any order; null or empty for the built-in one
 */
@ConfigurationProperties("wohnraumerhalt.targets")
public record TargetProperties(List<Agreement> agreements) {

  public TargetProperties {
    agreements = agreements == null ? List.of() : List.copyOf(agreements);
  }

  /**
   * @param name as the outputs show it ({@code agreement} in the reports)
   * @param validFrom the first day it applies to
   * @param standards one entry per standard id
   */
  public record Agreement(String name, LocalDate validFrom, List<Entry> standards) {}

  /**
   * @param id {@code "1.1"} … {@code "2"}
   * @param targetStatus {@code agreed}, {@code proposed} or {@code none}
   * @param minimumStatus {@code agreed}, {@code proposed} or {@code none}
   */
  public record Entry(String id, Integer target, String targetStatus, Integer minimum,
      String minimumStatus) {}
}
