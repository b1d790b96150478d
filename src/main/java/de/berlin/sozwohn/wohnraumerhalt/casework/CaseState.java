package de.berlin.sozwohn.wohnraumerhalt.casework;

import java.time.Instant;
import java.util.List;

/**
 * What {@code POST /api/cases/{caseId}/events} answers: the case after the event.
 *
 * @param status {@code open}, {@code closed} (worked to its closure), {@code transferred} or
 *     {@code entered-in-error}
 * @param openTasks the task keys waiting in the case ({@code CloseCase}, {@code Counselling}, …)
 * @param linkedCaseId for a transferred case: the case opened in the receiving district
 * @param events the case events recorded so far, oldest first
 */
public record CaseState(String caseId, String processInstanceId, String district, String status,
    List<String> openTasks, String linkedCaseId, List<Event> events) {

  /** One recorded case event. */
  public record Event(String type, String on, String toDistrict, String linkedCaseId,
      String evictionAt, String recordedBy, Instant recordedAt) {}
}
