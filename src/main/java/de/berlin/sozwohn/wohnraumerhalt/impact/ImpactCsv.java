package de.berlin.sozwohn.wohnraumerhalt.impact;

import de.berlin.sozwohn.wohnraumerhalt.impact.ImpactReport.Unit;
import de.berlin.sozwohn.wohnraumerhalt.web.GermanCsv;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The report as CSV ({@link GermanCsv}: BOM, {@code ;}, decimal comma, dates {@code 30.06.2026}),
 * one figure per row so that a spreadsheet filters and pivots it: per district, then Berlin, the
 * cases by origin and outcome, averted evictions by reason, evictions carried out, follow-ups,
 * rent-debt takeovers, prevention cost, avoided cost and factor; then the three rates with their
 * sources and the note that all costs are estimates. The column „Kennzahl“ holds the key of the
 * JSON ({@code casesByOrigin.court}, …), „Bezeichnung“ its German name.
 */
public final class ImpactCsv {

  public static final List<String> HEADINGS = List.of("Zeitraum von", "Zeitraum bis",
      "Bezirk-ID", "Bezirk", "Bereich", "Kennzahl", "Bezeichnung", "Wert", "Einheit", "Hinweis");

  private ImpactCsv() {}

  public static GermanCsv of(ImpactReport report) {
    GermanCsv csv = new GermanCsv(HEADINGS);
    List<Unit> units = new ArrayList<>(report.districts());
    if (report.berlin() != null) {
      units.add(report.berlin());
    }
    for (Unit unit : units) {
      unit(csv, report, unit);
    }
    for (ImpactRates.Rate rate : report.rates()) {
      row(csv, report, null, "Kostensatz", "rates." + rate.key(), rate.label(), rate.value(),
          rate.unit(), rate.source());
    }
    row(csv, report, null, "Hinweis", "note", "Schätzung", null, "", report.note());
    return csv;
  }

  private static void unit(GermanCsv csv, ImpactReport report, Unit u) {
    ImpactReport.Labels labels = report.labels();
    counts(csv, report, u, "Fälle nach Herkunft (eröffnet im Zeitraum)", "casesByOrigin",
        u.casesByOrigin(), labels.origins());
    counts(csv, report, u, "Fälle nach Ergebnis (abgeschlossen im Zeitraum)", "casesByOutcome",
        u.casesByOutcome(), labels.outcomes());
    String averted = "Abgewendete Räumungen";
    row(csv, report, u, averted, "averted.total", "Abgewendete Räumungen (Fälle)",
        u.averted().total(), "Fälle", "");
    u.averted().byReason().forEach((reason, n) -> row(csv, report, u, averted,
        "averted.byReason." + reason, "davon: " + labels.avertedBy().getOrDefault(reason, reason),
        n, "Fälle", ""));
    row(csv, report, u, "Durchgeführte Räumungen", "evictionsCarriedOut",
        "Zwangsräumungen durchgeführt", u.evictionsCarriedOut(), "Räumungen", "");
    String followUp = "Nachschau nach 12 Monaten";
    row(csv, report, u, followUp, "followUp.followedUp", "Nachschauen im Zeitraum",
        u.followUp().followedUp(), "Haushalte", "");
    row(csv, report, u, followUp, "followUp.stillHoused", "noch in der Wohnung",
        u.followUp().stillHoused(), "Haushalte", "");
    row(csv, report, u, followUp, "followUp.notHoused", "nicht mehr in der Wohnung",
        u.followUp().notHoused(), "Haushalte", "");
    row(csv, report, u, followUp, "followUp.percentStillHoused", "Anteil noch in der Wohnung",
        u.followUp().percentStillHoused(), "%",
        u.followUp().percentStillHoused() == null ? "keine Nachschau" : "");
    String cost = "Präventionskosten (Schätzung)";
    row(csv, report, u, "Mietschuldenübernahmen", "rentDebtTakeovers.count",
        "Mietschuldenübernahmen", u.rentDebtTakeovers().count(), "Fälle", "");
    row(csv, report, u, "Mietschuldenübernahmen", "rentDebtTakeovers.sum",
        "Übernommene Mietschulden", u.rentDebtTakeovers().sum(), "€", "");
    row(csv, report, u, cost, "preventionCost.staffMinutes",
        "Personalminuten (PPBE-Standardzeiten × erledigte Aufgaben)",
        u.preventionCost().staffMinutes(), "Minuten", "");
    row(csv, report, u, cost, "preventionCost.staffCost", "Personalkosten",
        u.preventionCost().staffCost(), "€", "");
    row(csv, report, u, cost, "preventionCost.rentDebt", "Übernommene Mietschulden",
        u.preventionCost().rentDebt(), "€", "");
    row(csv, report, u, cost, "preventionCost.total", "Präventionskosten gesamt",
        u.preventionCost().total(), "€", "");
    String avoided = "Vermiedene Kosten (Schätzung)";
    row(csv, report, u, avoided, "avoidedCost.costPerEviction",
        "Kosten einer Unterbringung je abgewendeter Räumung", u.avoidedCost().costPerEviction(),
        "€", "");
    row(csv, report, u, avoided, "avoidedCost.total", "Vermiedene Kosten gesamt",
        u.avoidedCost().total(), "€", "");
    row(csv, report, u, "Präventionsfaktor", "factor",
        "Präventionsfaktor (vermiedene Kosten ÷ Präventionskosten)", u.factor(), "",
        u.factor() == null ? "keine Präventionskosten" : u.factorText());
  }

  private static void counts(GermanCsv csv, ImpactReport report, Unit u, String area,
      String key, Map<String, Integer> counts, Map<String, String> labels) {
    counts.forEach((code, n) -> row(csv, report, u, area, key + "." + code,
        ImpactCalculator.TOTAL.equals(code) ? "gesamt" : labels.getOrDefault(code, code), n,
        "Fälle", ""));
  }

  private static void row(GermanCsv csv, ImpactReport report, Unit u, String area, String key,
      String label, Number value, String unit, String note) {
    csv.row(GermanCsv.date(report.from()), GermanCsv.date(report.to()),
        u == null ? "" : u.district(), u == null ? "" : u.name(), area, key, label,
        value instanceof BigDecimal b ? GermanCsv.number(b) : GermanCsv.number(value), unit,
        note);
  }
}
