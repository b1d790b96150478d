package de.berlin.sozwohn.wohnraumerhalt.appointments;

import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.appointments.AppointmentStore.Held;
import de.berlin.sozwohn.wohnraumerhalt.calendar.AppointmentSlots;
import de.berlin.sozwohn.wohnraumerhalt.calendar.DateValues;
import de.berlin.sozwohn.wohnraumerhalt.calendar.OfficeHours;
import de.berlin.sozwohn.wohnraumerhalt.calendar.WorkingDayCalendar;
import de.berlin.sozwohn.wohnraumerhalt.process.CalendarProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The district calendars of the standard letter's appointment (SPEC §3 step 2, issue 14): proposes
 * a free slot when the letter task is created, proposes again when the task is opened and its slot
 * has become stale or is no longer the case's, books the slot when the letter is sent, frees it
 * when the case ends. The rules of a slot are {@link AppointmentSlots} (plain Java); the seats are
 * held in {@link AppointmentStore}, in the caller's transaction.
 *
 * <p>"Now" is the engine's clock ({@link ClockUtil}, moved by the simulation and the tests), in
 * Berlin time.
 */
@Component
public class AppointmentCalendar {

  private static final Logger LOG = LoggerFactory.getLogger(AppointmentCalendar.class);

  /** A case as the calendar sees it. */
  public record CaseRef(String district, String caseId, String processInstanceId) {}

  /**
   * What the letter form offers: the case's appointment (empty only when the calendar has no free
   * slot within its horizon) and the free slots to choose from, ascending, the appointment among
   * them.
   */
  public record Offer(Optional<LocalDateTime> appointment, List<LocalDateTime> slots) {}

  /** A seat held on a day, for the district's view. */
  public record Booking(LocalDateTime at, int seat, String caseId, String processInstanceId,
      boolean booked) {}

  private final AppointmentStore store;
  private final AppointmentSlots slots;
  private final AppointmentProperties properties;
  private final ZoneId zone;
  private final DateValues dates;
  private final Map<String, OfficeHours> hours = new ConcurrentHashMap<>();

  public AppointmentCalendar(AppointmentStore store, AppointmentProperties properties,
      WorkingDayCalendar workingDays, CalendarProperties calendar) {
    this.store = store;
    this.properties = properties;
    this.slots = new AppointmentSlots(workingDays, properties.leadWorkingDays());
    this.zone = calendar.zone();
    this.dates = new DateValues(zone);
    for (String district : Districts.IDS) {
      hours.put(district, properties.officeHoursOf(district));
    }
  }

  /** The office hours of a district (the common ones for an unknown id). */
  public OfficeHours officeHours(String district) {
    return hours.computeIfAbsent(district, properties::officeHoursOf);
  }

  /**
   * The appointment the case's letter offers now, held for the case, and the free slots to choose
   * from. Keeps the case's slot while it is fresh (on or after the earliest day, a slot of the
   * calendar, held by the case); otherwise takes {@code current} if it is a free slot from the
   * earliest day on (e.g. one saved through the REST API); otherwise the first free slot.
   *
   * @param current the case's {@code appointmentAt} as stored (may be null or anything)
   */
  public Offer offer(CaseRef ref, Object current) {
    OfficeHours office = officeHours(ref.district());
    LocalDateTime now = now();
    LocalDateTime from = slots.earliestDay(now.toLocalDate()).atStartOfDay();
    LocalDate until = from.toLocalDate().plus(properties.horizon());
    Optional<LocalDateTime> wanted = parse(current);
    Optional<Held> held = store.heldBy(ref.processInstanceId());
    if (held.isPresent() && wanted.isPresent() && held.get().at().equals(wanted.get())
        && fresh(office, wanted.get(), from, until, now)) {
      return new Offer(wanted, list(ref, office, from, now, until, wanted.get()));
    }
    store.lockDistrict(ref.district());
    store.releasePassed(ref.district(), now.toLocalDate());
    Optional<LocalDateTime> appointment = Optional.empty();
    if (wanted.isPresent() && fresh(office, wanted.get(), from, until, now)) {
      OptionalInt seat = AppointmentSlots.freeSeat(office,
          store.taken(ref.district(), wanted.get(), ref.processInstanceId()));
      if (seat.isPresent()) {
        hold(ref, wanted.get(), seat.getAsInt(), AppointmentStore.PROPOSED);
        appointment = wanted;
      }
    }
    if (appointment.isEmpty()) {
      Map<LocalDateTime, Set<Integer>> taken = takenFrom(ref, from, until);
      List<LocalDateTime> first = slots.freeSlots(office, from, now, until,
          slot -> taken.getOrDefault(slot, Set.of()), 1);
      if (first.isEmpty()) {
        LOG.warn("Terminkalender {}: kein freier Termin bis {} für Fall {}", ref.district(), until,
            ref.caseId());
        store.releaseProposal(ref.processInstanceId());
        return new Offer(Optional.empty(), List.of());
      }
      LocalDateTime slot = first.get(0);
      int seat = AppointmentSlots.freeSeat(office, taken.getOrDefault(slot, Set.of()))
          .orElseThrow();
      hold(ref, slot, seat, AppointmentStore.PROPOSED);
      appointment = Optional.of(slot);
    }
    return new Offer(appointment, list(ref, office, from, now, until, appointment.get()));
  }

  /**
   * Books the appointment the letter offers ({@code submitted}, the case's {@code appointmentAt}
   * when the letter task is completed): the case's own proposal, or another slot with a free seat.
   * A value that is no date-time is left to the input validation.
   *
   * <p>A letter that goes out today must offer a free slot of the calendar that lies ahead. A
   * letter recorded after the fact ({@code sentOn} before today) is out already, and refusing it
   * would not call it back: its appointment is recorded as it was – a seat is held while it lies
   * ahead (one more than the slot has, should it be full, so that the day's list shows every
   * household coming), none once it has passed.
   *
   * @param sentOn the letter's dispatch date as submitted (null or blank: today)
   * @throws AppointmentRefusedException when a letter going out today offers a slot that has
   *     begun, no slot of the calendar or a taken one; nothing is stored then
   */
  public void book(CaseRef ref, Object submitted, Object sentOn) {
    Optional<LocalDateTime> wanted = parse(submitted);
    if (wanted.isEmpty()) {
      return;
    }
    LocalDateTime at = wanted.get();
    OfficeHours office = officeHours(ref.district());
    LocalDateTime now = now();
    boolean afterTheFact = sentOn != null
        && dates.toDate(sentOn).map(day -> day.isBefore(now.toLocalDate())).orElse(false);
    if (!at.isAfter(now)) {
      if (afterTheFact) {
        store.release(ref.processInstanceId());
        return;
      }
      throw AppointmentRefusedException.passed(at, suggestion(ref, office, now));
    }
    if (!afterTheFact && !slots.isSlot(office, at)) {
      throw AppointmentRefusedException.noSlot(at, suggestion(ref, office, now));
    }
    // the letter offers the seat the case holds (the usual case): booked without the district
    // lock, which would otherwise be held while the letter's PDF renders in the same transaction
    // and queue the district's letters behind each other (docs/performance.md)
    if (store.bookHeld(ref.processInstanceId(), ref.district(), at, instant())) {
      return;
    }
    store.lockDistrict(ref.district());
    store.releasePassed(ref.district(), now.toLocalDate());
    Optional<Held> held = store.heldBy(ref.processInstanceId());
    if (held.isPresent() && held.get().at().equals(at)
        && held.get().district().equals(ref.district())) {
      store.book(ref.processInstanceId(), instant());
      return;
    }
    Set<Integer> taken = store.taken(ref.district(), at, ref.processInstanceId());
    OptionalInt seat = AppointmentSlots.freeSeat(office, taken);
    if (seat.isEmpty() && !afterTheFact) {
      throw AppointmentRefusedException.taken(at, suggestion(ref, office, now));
    }
    int chosen = seat.orElseGet(() ->
        taken.stream().mapToInt(Integer::intValue).max().orElse(0) + 1);
    if (seat.isEmpty() || !slots.isSlot(office, at)) {
      LOG.info("Terminkalender {}: Anschreiben von Fall {} nachträglich erfasst, Termin {} "
          + "außerhalb der freien Termine (Platz {})", ref.district(), ref.caseId(), at, chosen);
    }
    hold(ref, at, chosen, AppointmentStore.BOOKED);
  }

  /** The case has ended (or its outreach did): its seat is free again. */
  public void release(String processInstanceId) {
    if (processInstanceId != null && store.release(processInstanceId) > 0) {
      LOG.debug("Termin des Falls (Instanz {}) freigegeben", processInstanceId);
    }
  }

  /** The letter task ended without a letter: the proposed seat is free again. */
  public void releaseProposal(String processInstanceId) {
    if (processInstanceId != null) {
      store.releaseProposal(processInstanceId);
    }
  }

  /** The seats held in a district on a day, by time and seat. */
  public List<Booking> day(String district, LocalDate day) {
    return store.day(district, day).stream()
        .map(h -> new Booking(h.at(), h.seat(), h.caseId(), h.processInstanceId(), h.booked()))
        .toList();
  }

  /** Today in Berlin by the engine's clock. */
  public LocalDate today() {
    return now().toLocalDate();
  }

  /** The free slot the case could take instead: the first from the earliest day on, if any. */
  private Optional<LocalDateTime> suggestion(CaseRef ref, OfficeHours office, LocalDateTime now) {
    LocalDateTime from = slots.earliestDay(now.toLocalDate()).atStartOfDay();
    LocalDate until = from.toLocalDate().plus(properties.horizon());
    Map<LocalDateTime, Set<Integer>> taken = takenFrom(ref, from, until);
    return slots.freeSlots(office, from, now, until, slot -> taken.getOrDefault(slot, Set.of()), 1)
        .stream().findFirst();
  }

  private boolean fresh(OfficeHours office, LocalDateTime at, LocalDateTime from, LocalDate until,
      LocalDateTime now) {
    return !at.isBefore(from) && at.isAfter(now) && at.toLocalDate().isBefore(until)
        && slots.isSlot(office, at);
  }

  /** The slots the form lists: the next free ones and the case's appointment, ascending. */
  private List<LocalDateTime> list(CaseRef ref, OfficeHours office, LocalDateTime from,
      LocalDateTime now, LocalDate until, LocalDateTime appointment) {
    Map<LocalDateTime, Set<Integer>> taken = takenFrom(ref, from, until);
    TreeSet<LocalDateTime> listed = new TreeSet<>(slots.freeSlots(office, from, now, until,
        slot -> taken.getOrDefault(slot, Set.of()), properties.listedSlots()));
    listed.add(appointment);
    return new ArrayList<>(listed);
  }

  private Map<LocalDateTime, Set<Integer>> takenFrom(CaseRef ref, LocalDateTime from,
      LocalDate until) {
    return store.taken(ref.district(), from, until.atStartOfDay(), ref.processInstanceId());
  }

  private void hold(CaseRef ref, LocalDateTime at, int seat, String status) {
    store.hold(ref.district(), at, seat, ref.caseId(), ref.processInstanceId(), status, instant());
  }

  private Optional<LocalDateTime> parse(Object value) {
    return value == null ? Optional.empty() : dates.toDateTime(value);
  }

  private LocalDateTime now() {
    return LocalDateTime.ofInstant(instant(), zone);
  }

  private static Instant instant() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
