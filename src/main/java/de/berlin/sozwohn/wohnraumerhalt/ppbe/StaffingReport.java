package de.berlin.sozwohn.wohnraumerhalt.ppbe;

import java.time.LocalDate;
import java.util.List;

/**
 * Staffing needs (PPBE, SPEC §5) for a period, per district, from the model and from history side
 * by side. Minutes are processing minutes without surcharge; VZÄ ({@code fte}) include the
 * distribution-time surcharge and relate to the period's share of the net annual working minutes.
 *
 * @param periodDays days from {@code from} to {@code to}, both included
 * @param shareOfYear periodDays ÷ 365: the model's yearly figures are scaled by it
 * @param tasks the model's plan per district and year, task by task
 * @param berlin all districts together, or null when the report covers one district only
 */
public record StaffingReport(LocalDate from, LocalDate to, int periodDays, double shareOfYear,
    ModelInfo model, Basis basis, CaseVolume casesPerYear, List<TaskPlan> tasks,
    List<DistrictStaffing> districts, DistrictStaffing berlin) {

  /** Which deployed model the figures come from. */
  public record ModelInfo(String processDefinitionKey, Integer version, String versionTag) {}

  /** The configured basis of the VZÄ and a German sentence saying which applied. */
  public record Basis(double netAnnualMinutes, double distributionTimeSurchargePercent, String note) {}

  /** The yearly case volume per district: planned in the model, applied in this report. */
  public record CaseVolume(double planned, double applied, boolean whatIf, String note) {}

  /** One user task in the model's plan for one district and one year. */
  public record TaskPlan(String taskKey, String name, double minutes, double visitsPerCase,
      double countPerYear, double minutesPerYear) {}

  /** Count of completed tasks and their minutes. */
  public record Figures(double count, double minutes) {}

  /** One user task in one district for the period: model, history, history − model. */
  public record TaskLine(String taskKey, String name, double minutes, Figures model,
      Figures history, Figures difference) {}

  /** Minutes and full-time equivalents (VZÄ) for the period. */
  public record Totals(double minutes, double fte) {}

  /** One district (or Berlin) for the period; {@code difference} is history − model. */
  public record DistrictStaffing(String district, String name, List<TaskLine> tasks, Totals model,
      Totals history, Totals difference) {}
}
