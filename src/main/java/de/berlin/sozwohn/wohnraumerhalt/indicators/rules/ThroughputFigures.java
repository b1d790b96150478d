package de.berlin.sozwohn.wohnraumerhalt.indicators.rules;

import de.berlin.sozwohn.wohnraumerhalt.calendar.WorkingDayCalendar;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Throughput times beside the standards (SPEC §7, {@code figures} of {@code GET /api/kpi}): how
 * long the Fachstelle takes from the notice to the standard letter, from the letter to the first
 * home visit and from the notice to the closure of the case – the median in calendar days and in
 * Berlin working days. The standards only say whether a deadline was kept; these figures show
 * how much room there was, and let districts compare their pace. Not a standard, no target.
 *
 * <p>A span belongs to the period by the day it <em>ends</em>: the letters sent, the first visits
 * made and the cases closed in the period – so each half-year shows the work done in it, however
 * long ago the notice arrived.
 * <ul>
 *   <li>{@code noticeToLetter}: court-notice cases, receipt of the court notice → letter sent;
 *   <li>{@code letterToFirstVisit}: cases with a standard letter, letter → the first home visit
 *       (the earliest by date);
 *   <li>{@code noticeToClosure}: the case's notice – the court notice's receipt, or for a case
 *       opened by a bailiff notice or by a transfer the day it was opened here – → closure.
 * </ul>
 * Working days count as the standards count them ({@link WorkingDayCalendar#workingDaysBetween}:
 * the days d with start &lt; d &le; end; the same day is 0, Friday → Monday is 1). A span that
 * ends before it starts (dates corrected out of order) is not a throughput time and is left out.
 * Cases entered in error are not among the facts given, as for the indicators.
 *
 * @param noticeToLetter receipt of the court notice → standard letter
 * @param letterToFirstVisit standard letter → first home visit
 * @param noticeToClosure notice → closure of the case
 */
public record ThroughputFigures(Span noticeToLetter, Span letterToFirstVisit,
    Span noticeToClosure) {

  /**
   * The spans of one kind ending in the period.
   *
   * @param cases how many cases had such a span ending in the period
   * @param medianDays the median in calendar days (x.0 or x.5); null when cases is 0
   * @param medianWorkingDays the median in Berlin working days; null when cases is 0
   */
  public record Span(int cases, BigDecimal medianDays, BigDecimal medianWorkingDays) {

    public static final Span NONE = new Span(0, null, null);
  }

  /**
   * The dates of one case that the throughput times need.
   *
   * @param courtReceivedOn receipt of the court notice; null for cases opened otherwise
   * @param openedOn the Berlin day the case was opened here (its notice when there is no court
   *     notice: bailiff notice or transfer)
   * @param letterSentOn dispatch of the standard letter; null while not sent
   * @param firstVisitOn the earliest home visit; null while none was made (the fact store gives
   *     it only where it lies in the period asked for)
   * @param closedOn closure of the case; null while open
   */
  public record CaseDates(String caseKey, String district, LocalDate courtReceivedOn,
      LocalDate openedOn, LocalDate letterSentOn, LocalDate firstVisitOn, LocalDate closedOn) {

    public CaseDates {
      Objects.requireNonNull(caseKey, "caseKey");
      Objects.requireNonNull(district, "district");
    }

    /** The notice that started the case here: the court notice, else the opening day. */
    public LocalDate noticeOn() {
      return courtReceivedOn != null ? courtReceivedOn : openedOn;
    }
  }

  /**
   * The figures of one district's cases, or of all cases given (Berlin, pooled – not a mean of the
   * districts' medians) when {@code district} is null.
   */
  public static ThroughputFigures of(Period period, Collection<CaseDates> cases, String district,
      WorkingDayCalendar calendar) {
    Spans noticeToLetter = new Spans(calendar);
    Spans letterToVisit = new Spans(calendar);
    Spans noticeToClosure = new Spans(calendar);
    for (CaseDates c : cases) {
      if (district != null && !district.equals(c.district())) {
        continue;
      }
      if (period.contains(c.letterSentOn())) {
        noticeToLetter.add(c.courtReceivedOn(), c.letterSentOn());
      }
      if (period.contains(c.firstVisitOn())) {
        letterToVisit.add(c.letterSentOn(), c.firstVisitOn());
      }
      if (period.contains(c.closedOn())) {
        noticeToClosure.add(c.noticeOn(), c.closedOn());
      }
    }
    return new ThroughputFigures(noticeToLetter.span(), letterToVisit.span(),
        noticeToClosure.span());
  }

  /**
   * The median of whole numbers: the middle value of the sorted values for an odd count, the mean
   * of the two middle ones for an even count (so x.0 or x.5, scale 1); null for none.
   */
  public static BigDecimal median(List<Integer> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<Integer> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    long twice = n % 2 == 1 ? 2L * sorted.get(n / 2)
        : (long) sorted.get(n / 2 - 1) + sorted.get(n / 2);
    return BigDecimal.valueOf(twice).divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY);
  }

  /** Collects the spans of one kind. */
  private static final class Spans {

    private final WorkingDayCalendar calendar;
    private final List<Integer> days = new ArrayList<>();
    private final List<Integer> workingDays = new ArrayList<>();

    Spans(WorkingDayCalendar calendar) {
      this.calendar = calendar;
    }

    void add(LocalDate start, LocalDate end) {
      if (start == null || end.isBefore(start)) {
        return;
      }
      days.add(Math.toIntExact(ChronoUnit.DAYS.between(start, end)));
      workingDays.add(calendar.workingDaysBetween(start, end));
    }

    Span span() {
      return days.isEmpty() ? Span.NONE
          : new Span(days.size(), median(days), median(workingDays));
    }
  }
}
