package de.berlin.sozwohn.wohnraumerhalt.letters;

import de.berlin.sozwohn.wohnraumerhalt.process.CalendarProperties;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.function.Function;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;

/**
 * Writes a case's letter from its variables: for keeps ({@link #create}, from the letterListener)
 * or as a preview while the task is still open. "Today" and "now" are the engine's clock.
 */
@Service
public class Letters {

  private final LetterInput input;
  private final LetterRenderer renderer;
  private final LetterStore store;
  private final DistrictOfficeProperties offices;
  private final ContactPersons contacts;
  private final ZoneId zone;

  public Letters(LetterInput input, LetterRenderer renderer, LetterStore store,
      DistrictOfficeProperties offices, ContactPersons contacts, CalendarProperties calendar) {
    this.input = input;
    this.renderer = renderer;
    this.store = store;
    this.offices = offices;
    this.contacts = contacts;
    this.zone = calendar.zone();
  }

  /**
   * Renders the letter and stores it with the case, in the caller's transaction.
   *
   * @param variables resolves a variable name in the task's scope
   * @param assignee the task's assignee: the contact person when no user is authenticated
   * @throws LetterDataIncompleteException when the case lacks data the letter needs
   */
  public StoredLetter create(LetterKind kind, String caseId, String district,
      Function<String, Object> variables, String processInstanceId, String taskId,
      String assignee) {
    DistrictOffice office = offices.office(district);
    LetterData data = input.read(kind, caseId, district, office, variables, today(),
        contacts.currentOr(assignee).orElse(null));
    byte[] pdf = renderer.pdf(data, office);
    return store.save(data, pdf, now(), processInstanceId, taskId);
  }

  /** The letter as it would be sent now (letter date: the dispatch date if set, else today); not stored. */
  public byte[] preview(LetterKind kind, String caseId, String district, Function<String, Object> variables) {
    DistrictOffice office = offices.office(district);
    return renderer.pdf(input.read(kind, caseId, district, office, variables, today(),
        contacts.currentOr(null).orElse(null)), office);
  }

  private LocalDate today() {
    return now().toLocalDate();
  }

  private OffsetDateTime now() {
    return ClockUtil.getCurrentTime().toInstant().atZone(zone).toOffsetDateTime();
  }
}
