package de.berlin.sozwohn.wohnraumerhalt.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.flow.FlowService.FinishedFilter;
import de.berlin.sozwohn.wohnraumerhalt.indicators.KpiAccessDeniedException;
import de.berlin.sozwohn.wohnraumerhalt.security.Roles;
import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import de.berlin.sozwohn.wohnraumerhalt.support.TestClock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The read side on hand-made flow facts of the first half of 2045 (a period no other test
 * touches), every expected number computed by hand in the comments. Through {@link FlowService},
 * so the access rules, the period and the SQL of {@link FlowQueries} are checked together.
 *
 * <pre>
 * SendCourtLetter (userTask), ended in the period:
 *   mitte      completed 1 2 2 5 (within due: yes yes yes no), canceled 1 (9 days, no due date)
 *   neukoelln  completed 3 (yes) 7 (no); outside the period: 2044-12-31 (0), 2045-07-01 (0)
 *   → all:   count 7, canceled 1, completed 1 2 2 3 5 7: median (2+3)/2 = 2.5, p90 rank 6 → 7,
 *            due 6, within 4 → 66.7 %
 *   → mitte: count 5, canceled 1, completed 1 2 2 5: median 2.0, p90 rank ceil(3.6)=4 → 5,
 *            due 4, within 3 → 75.0 %
 * HomeVisit1 (userTask, no due date), mitte: 4 10 6 → median 6.0, p90 rank 3 → 10, heat all
 *   3/7 = 0.429, mitte 3/5 = 0.6
 * SendCourtLetterDeadline (boundaryTimer, deadline event): mitte 2045-03-10, neukoelln 2045-05-02
 * Flows: Flow_A mitte ×3, neukoelln ×1 (+1 on 2045-07-01); Flow_B neukoelln ×2
 * Cases ended in the period:
 *   c1 mitte      2045-01-05 → 2045-02-10 CaseCompleted, housing-retained, deadline missed
 *   c2 mitte      2045-01-10 → 2045-03-01 CaseCompleted, moved-out
 *   c3 mitte      2045-02-01 → 2045-03-01 deleted
 *   c4 neukoelln  2045-01-02 → 2045-04-15 CaseHandedOver, no outcome, deadline missed
 * not in it: c5 neukoelln ended 2045-07-02, c6 mitte still running
 * </pre>
 */
@AppTest
class FlowQueriesTest {

  static final LocalDate FROM = LocalDate.parse("2045-01-01");
  static final LocalDate TO = LocalDate.parse("2045-06-30");
  static final String PROCESS = "wohnraumerhalt";
  static final List<String> PROCESS_OWNER = List.of(Roles.PROCESS_OWNER);
  static final List<String> LEAD_MITTE = List.of(Districts.teamLeadGroup("mitte"));

  @Autowired JdbcTemplate jdbc;
  @Autowired FlowService flows;
  FlowFixtures fixtures;
  String c1;
  String c2;
  String c3;
  String c4;
  String c5;
  String c6;
  String c1CaseId;

  @BeforeEach
  void hand_made_history() {
    fixtures = new FlowFixtures(jdbc);
    c1 = fixtures.flowCase(PROCESS, "mitte", "2045-01-05", "2045-02-10", "CaseCompleted", false,
        true);
    c2 = fixtures.flowCase(PROCESS, "mitte", "2045-01-10", "2045-03-01", "CaseCompleted", false,
        false);
    c3 = fixtures.flowCase(PROCESS, "mitte", "2045-02-01", "2045-03-01", null, true, false);
    c4 = fixtures.flowCase(PROCESS, "neukoelln", "2045-01-02", "2045-04-15", "CaseHandedOver",
        false, true);
    c5 = fixtures.flowCase(PROCESS, "neukoelln", "2045-03-01", "2045-07-02", "CaseCompleted",
        false, false);
    c6 = fixtures.flowCase(PROCESS, "mitte", "2045-02-01", null, null, false, false);
    fixtures.outcome(c1, "mitte", "2045-01-30", "housing-retained");
    fixtures.outcome(c2, "mitte", "2045-02-20", "moved-out");
    fixtures.outcome(c5, "neukoelln", "2045-06-20", "housing-retained");
    c1CaseId = fixtures.caseId(c1, "mitte");

    fixtures.task(c1, "mitte", "SendCourtLetter", "2045-01-08", 1, true);
    fixtures.task(c2, "mitte", "SendCourtLetter", "2045-01-12", 2, true);
    fixtures.task(c3, "mitte", "SendCourtLetter", "2045-02-03", 2, true);
    fixtures.task(c6, "mitte", "SendCourtLetter", "2045-02-09", 5, false);
    fixtures.step(c3, PROCESS, "mitte", "SendCourtLetter", "userTask", "2045-03-01", 9, null, true,
        false);
    fixtures.task(c4, "neukoelln", "SendCourtLetter", "2045-01-05", 3, true);
    fixtures.task(c5, "neukoelln", "SendCourtLetter", "2045-03-12", 7, false);
    fixtures.task(c4, "neukoelln", "SendCourtLetter", "2044-12-31", 0, true);
    fixtures.task(c5, "neukoelln", "SendCourtLetter", "2045-07-01", 0, true);
    fixtures.task(c1, "mitte", "HomeVisit1", "2045-01-20", 4, null);
    fixtures.task(c2, "mitte", "HomeVisit1", "2045-02-01", 10, null);
    fixtures.task(c6, "mitte", "HomeVisit1", "2045-03-01", 6, null);
    fixtures.step(c1, PROCESS, "mitte", "SendCourtLetterDeadline", "boundaryTimer", "2045-03-10",
        0, null, false, true);
    fixtures.step(c4, PROCESS, "neukoelln", "SendCourtLetterDeadline", "boundaryTimer",
        "2045-05-02", 0, null, false, true);

    fixtures.transition(c1, PROCESS, "mitte", "Flow_A", "2045-01-08");
    fixtures.transition(c2, PROCESS, "mitte", "Flow_A", "2045-01-12");
    fixtures.transition(c3, PROCESS, "mitte", "Flow_A", "2045-06-30");
    fixtures.transition(c4, PROCESS, "neukoelln", "Flow_A", "2045-01-01");
    fixtures.transition(c5, PROCESS, "neukoelln", "Flow_A", "2045-07-01");
    fixtures.transition(c4, PROCESS, "neukoelln", "Flow_B", "2045-01-05");
    fixtures.transition(c5, PROCESS, "neukoelln", "Flow_B", "2045-03-12");
  }

  @AfterEach
  void cleanUp() {
    fixtures.cleanUp();
    TestClock.reset();
  }

  @Test
  void overviewCountsAndDurationsOfAllDistricts() {
    FlowOverview overview = flows.overview(PROCESS_OWNER, null, FROM, TO, null);

    assertThat(overview.processKey()).isEqualTo(PROCESS);
    assertThat(overview.district()).isNull();
    assertThat(overview.districts()).hasSize(Districts.IDS.size());
    assertThat(overview.activities()).extracting(FlowOverview.Activity::activityId)
        .containsExactly("HomeVisit1", "SendCourtLetter", "SendCourtLetterDeadline");
    assertThat(activity(overview, "SendCourtLetter")).isEqualTo(new FlowOverview.Activity(
        "SendCourtLetter", "userTask", 7, 1, 2.5, 7, 6, 4, 66.7, 1.0));
    assertThat(activity(overview, "HomeVisit1")).isEqualTo(new FlowOverview.Activity(
        "HomeVisit1", "userTask", 3, 0, 6.0, 10, 0, 0, null, 0.429));
    assertThat(activity(overview, "SendCourtLetterDeadline")).isEqualTo(new FlowOverview.Activity(
        "SendCourtLetterDeadline", "boundaryTimer", 2, 0, 0.0, 0, 0, 0, null, 0.286));
    assertThat(overview.flows()).containsExactly(new FlowOverview.Flow("Flow_A", 4),
        new FlowOverview.Flow("Flow_B", 2));
    assertThat(overview.endEvents()).containsExactly(
        new FlowOverview.EndEvent("CaseCompleted", 2), new FlowOverview.EndEvent("CaseHandedOver", 1));
    assertThat(overview.finished()).isEqualTo(3);
    assertThat(overview.deleted()).isEqualTo(1);
    assertThat(overview.outcomes()).extracting(FlowOverview.Outcome::code,
        FlowOverview.Outcome::name, FlowOverview.Outcome::count).containsExactly(
        tuple("housing-retained", "Wohnung erhalten", 1L), tuple("eviction-carried-out",
            "Zwangsräumung durchgeführt", 0L), tuple("moved-out", "Ausgezogen", 1L),
        tuple("no-contact", "Kein Kontakt zustande gekommen", 0L), tuple("other", "Sonstiges", 0L));
  }

  @Test
  void overviewOfOneDistrict() {
    FlowOverview mitte = flows.overview(LEAD_MITTE, "", FROM, TO, null);

    assertThat(mitte.districts()).containsExactly(new FlowOverview.District("mitte", "Mitte"));
    assertThat(activity(mitte, "SendCourtLetter")).isEqualTo(new FlowOverview.Activity(
        "SendCourtLetter", "userTask", 5, 1, 2.0, 5, 4, 3, 75.0, 1.0));
    assertThat(activity(mitte, "HomeVisit1").heat()).isEqualTo(0.6);
    assertThat(activity(mitte, "SendCourtLetterDeadline").count()).isEqualTo(1);
    assertThat(mitte.flows()).containsExactly(new FlowOverview.Flow("Flow_A", 3));
    assertThat(mitte.endEvents()).containsExactly(new FlowOverview.EndEvent("CaseCompleted", 2));
    assertThat(mitte.finished()).isEqualTo(2);
    assertThat(mitte.deleted()).isEqualTo(1);

    // the process owner asking for neukoelln gets the same as its team lead would
    FlowOverview neukoelln = flows.overview(PROCESS_OWNER, PROCESS, FROM, TO, "neukoelln");
    assertThat(neukoelln.district()).isEqualTo("neukoelln");
    assertThat(activity(neukoelln, "SendCourtLetter")).isEqualTo(new FlowOverview.Activity(
        "SendCourtLetter", "userTask", 2, 0, 5.0, 7, 2, 1, 50.0, 1.0));
    assertThat(neukoelln.activities()).extracting(FlowOverview.Activity::activityId)
        .doesNotContain("HomeVisit1");
    assertThat(neukoelln.flows()).containsExactly(new FlowOverview.Flow("Flow_A", 1),
        new FlowOverview.Flow("Flow_B", 2));
    assertThat(neukoelln.outcomes()).allMatch(o -> o.count() == 0);
  }

  /** The bounds belong to the period: a step on its last day counts, one the day after not. */
  @Test
  void periodBoundsAreInclusive() {
    FlowOverview july = flows.overview(PROCESS_OWNER, null, LocalDate.parse("2045-06-30"),
        LocalDate.parse("2045-07-01"), null);
    assertThat(july.flows()).containsExactly(new FlowOverview.Flow("Flow_A", 2));
    assertThat(activity(july, "SendCourtLetter").count()).isEqualTo(1);
    assertThat(july.finished()).isZero();

    FlowOverview lastDay = flows.overview(PROCESS_OWNER, null, LocalDate.parse("2044-12-31"),
        LocalDate.parse("2045-01-01"), null);
    assertThat(lastDay.flows()).containsExactly(new FlowOverview.Flow("Flow_A", 1));
    assertThat(activity(lastDay, "SendCourtLetter").medianDays()).isEqualTo(0.0);
  }

  @Test
  void refusedAndBadRequests() {
    assertThatThrownBy(() -> flows.overview(LEAD_MITTE, null, FROM, TO, "neukoelln"))
        .isInstanceOf(KpiAccessDeniedException.class);
    assertThatThrownBy(() -> flows.overview(List.of(Roles.MONITORING), null, FROM, TO, null))
        .isInstanceOf(KpiAccessDeniedException.class);
    assertThatThrownBy(() -> flows.overview(PROCESS_OWNER, null, TO, FROM, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Das Ende des Zeitraums (2045-01-01) liegt vor seinem Beginn (2045-06-30).");
    assertThatThrownBy(() -> flows.overview(PROCESS_OWNER, "noSuchProcess", FROM, TO, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unbekannter Prozess „noSuchProcess“.");
    assertThatThrownBy(() -> flows.finished(List.of(Roles.GPM), filter(null, null, null, null, 0,
        0))).isInstanceOf(KpiAccessDeniedException.class);
    assertThatThrownBy(() -> flows.finished(PROCESS_OWNER, filter(null, "won", null, null, 0, 0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Unbekanntes Ergebnis");
    assertThatThrownBy(() -> flows.finished(PROCESS_OWNER, filter(null, null, null, null, -1, 0)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Ended last first, the same day by key; deleted ones flagged; c5 (July) and c6 (running) not. */
  @Test
  void finishedListNewestFirstWithCaseNumbersAndOutcomes() {
    FinishedCases all = flows.finished(PROCESS_OWNER, filter(null, null, null, null, 0, 0));

    assertThat(all.total()).isEqualTo(4);
    assertThat(all.page()).isZero();
    assertThat(all.size()).isEqualTo(FlowService.DEFAULT_SIZE);
    assertThat(all.cases()).extracting(FinishedCases.Case::processInstanceId)
        .containsExactlyElementsOf(Stream.concat(Stream.concat(Stream.of(c4),
            Stream.of(c2, c3).sorted()), Stream.of(c1)).toList());
    FinishedCases.Case first = all.cases().get(3);
    assertThat(first).isEqualTo(new FinishedCases.Case(c1, c1CaseId, "mitte",
        LocalDate.parse("2045-01-05"), LocalDate.parse("2045-02-10"), 36, "CaseCompleted",
        "Nachhaltigkeit geprüft", "housing-retained", true, false, false));
    FinishedCases.Case deleted = all.cases().stream().filter(c -> c.processInstanceId().equals(c3))
        .findFirst().orElseThrow();
    assertThat(deleted.deleted()).isTrue();
    assertThat(deleted.endEvent()).isNull();
    assertThat(deleted.caseId()).isNull();
    assertThat(deleted.outcome()).isNull();
    assertThat(all.endEvents()).containsExactly(
        new FinishedCases.EndEvent("CaseHandedOver", "Fall abgegeben"),
        new FinishedCases.EndEvent("CaseCompleted", "Nachhaltigkeit geprüft"));
    assertThat(all.outcomeNames()).containsEntry("moved-out", "Ausgezogen");
  }

  @Test
  void finishedListFilters() {
    assertThat(keys(flows.finished(PROCESS_OWNER, filter(null, null, null, true, 0, 0))))
        .containsExactly(c4, c1);
    assertThat(keys(flows.finished(PROCESS_OWNER, filter(null, null, null, false, 0, 0))))
        .containsExactlyElementsOf(Stream.of(c2, c3).sorted().toList());
    assertThat(keys(flows.finished(PROCESS_OWNER,
        filter(null, "housing-retained", null, null, 0, 0)))).containsExactly(c1);
    assertThat(keys(flows.finished(PROCESS_OWNER, filter(null, null, "CaseCompleted", null, 0,
        0)))).containsExactly(c2, c1);
    assertThat(keys(flows.finished(PROCESS_OWNER, filter("neukoelln", null, null, null, 0, 0))))
        .containsExactly(c4);
    FinishedCases mitte = flows.finished(LEAD_MITTE, filter(null, null, null, null, 0, 0));
    assertThat(mitte.total()).isEqualTo(3);
    assertThat(mitte.endEvents()).extracting(FinishedCases.EndEvent::activityId)
        .containsExactly("CaseCompleted");
    assertThatThrownBy(() -> flows.finished(LEAD_MITTE, filter("neukoelln", null, null, null, 0,
        0))).isInstanceOf(KpiAccessDeniedException.class);
  }

  @Test
  void finishedListPages() {
    List<String> order = keys(flows.finished(PROCESS_OWNER, filter(null, null, null, null, 0, 0)));
    FinishedCases second = flows.finished(PROCESS_OWNER, filter(null, null, null, null, 1, 3));
    assertThat(second.total()).isEqualTo(4);
    assertThat(second.page()).isEqualTo(1);
    assertThat(second.size()).isEqualTo(3);
    assertThat(keys(second)).containsExactly(order.get(3));
    assertThat(keys(flows.finished(PROCESS_OWNER, filter(null, null, null, null, 0, 3))))
        .containsExactlyElementsOf(order.subList(0, 3));
    assertThat(flows.finished(PROCESS_OWNER, filter(null, null, null, null, 0, 1000)).size())
        .isEqualTo(FlowService.MAX_SIZE);
    assertThat(keys(flows.finished(PROCESS_OWNER, filter(null, null, null, null, 2, 3)))).isEmpty();
  }

  /** Without Camunda's history: the recorded steps, named from the model, nobody named. */
  @Test
  void timelineFromTheRecordedFlow() {
    Timeline timeline = flows.timeline(List.of(Roles.ADMIN), c1);

    assertThat(timeline.caseId()).isEqualTo(c1CaseId);
    assertThat(timeline.district()).isEqualTo("mitte");
    assertThat(timeline.processKey()).isEqualTo(PROCESS);
    assertThat(timeline.processName()).isNotBlank();
    assertThat(timeline.state()).isEqualTo(Timeline.FINISHED);
    assertThat(timeline.historyAvailable()).isFalse();
    assertThat(timeline.showUsers()).isTrue();
    assertThat(timeline.startedAt()).isEqualTo(LocalDateTime.parse("2045-01-05T08:00"));
    assertThat(timeline.endedAt()).isEqualTo(LocalDateTime.parse("2045-02-10T16:00"));
    assertThat(timeline.steps()).containsExactly(
        new Timeline.Step("SendCourtLetter", "Standardanschreiben versenden", "userTask",
            LocalDateTime.parse("2045-01-07T09:00"), LocalDateTime.parse("2045-01-08T15:00"), 1,
            false, null),
        new Timeline.Step("HomeVisit1", "Hausbesuch durchführen", "userTask",
            LocalDateTime.parse("2045-01-16T09:00"), LocalDateTime.parse("2045-01-20T15:00"), 4,
            false, null),
        new Timeline.Step("SendCourtLetterDeadline", "Frist abgelaufen", "boundaryTimer",
            LocalDateTime.parse("2045-03-10T09:00"), LocalDateTime.parse("2045-03-10T15:00"), 0,
            false, null));

    assertThat(flows.timeline(PROCESS_OWNER, c3).state()).isEqualTo(Timeline.DELETED);
    Timeline running = flows.timeline(LEAD_MITTE, c6);
    assertThat(running.state()).isEqualTo(Timeline.RUNNING);
    assertThat(running.endedAt()).isNull();
    assertThatThrownBy(() -> flows.timeline(LEAD_MITTE, c4))
        .isInstanceOf(KpiAccessDeniedException.class);
    assertThatThrownBy(() -> flows.timeline(PROCESS_OWNER, "flowtest-unknown"))
        .isInstanceOf(FlowNotFoundException.class);
    // who may see no case learns nothing, not even that it does not exist
    assertThatThrownBy(() -> flows.timeline(List.of(Roles.GPM), "flowtest-unknown"))
        .isInstanceOf(KpiAccessDeniedException.class);
  }

  /** Deadline events of the last 12 months (July 2044 to June 2045) by district and month. */
  @Test
  void escalationsPerDistrictAndMonth() {
    TestClock.at("2045-06-15T10:00");
    Bottlenecks bottlenecks = flows.bottlenecks(PROCESS_OWNER, null, null);

    assertThat(bottlenecks.today()).isEqualTo(LocalDate.parse("2045-06-15"));
    assertThat(bottlenecks.escalations().months()).hasSize(12).startsWith("2044-07")
        .endsWith("2045-06");
    Bottlenecks.DistrictCounts mitte = bottlenecks.escalations().districts().get(0);
    assertThat(mitte.id()).isEqualTo("mitte");
    assertThat(mitte.counts()).containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 0L, 0L, 0L);
    Bottlenecks.DistrictCounts neukoelln = bottlenecks.escalations().districts().stream()
        .filter(d -> d.id().equals("neukoelln")).findFirst().orElseThrow();
    assertThat(neukoelln.name()).isEqualTo("Neukölln");
    assertThat(neukoelln.counts()).containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 0L);
    assertThat(bottlenecks.escalations().districts()).hasSize(Districts.IDS.size());

    Bottlenecks lead = flows.bottlenecks(LEAD_MITTE, null, null);
    assertThat(lead.escalations().districts()).extracting(Bottlenecks.DistrictCounts::id)
        .containsExactly("mitte");
    assertThat(lead.longestHidden()).isFalse();
    assertThat(flows.bottlenecks(List.of(Roles.GPM), null, null).longestHidden()).isTrue();
  }

  static FlowOverview.Activity activity(FlowOverview overview, String id) {
    return overview.activities().stream().filter(a -> a.activityId().equals(id)).findFirst()
        .orElseThrow();
  }

  static FinishedFilter filter(String district, String outcome, String endEvent,
      Boolean deadlineMissed, int page, int size) {
    return new FinishedFilter(null, FROM, TO, district, outcome, endEvent, deadlineMissed, page,
        size);
  }

  static List<String> keys(FinishedCases cases) {
    return cases.cases().stream().map(FinishedCases.Case::processInstanceId).toList();
  }
}
