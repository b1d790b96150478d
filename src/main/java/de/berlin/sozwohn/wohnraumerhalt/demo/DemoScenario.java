package de.berlin.sozwohn.wohnraumerhalt.demo;

import de.berlin.sozwohn.wohnraumerhalt.calendar.WorkingDayCalendar;
import de.berlin.sozwohn.wohnraumerhalt.demo.CasePlan.Closure;
import de.berlin.sozwohn.wohnraumerhalt.demo.CasePlan.Eviction;
import de.berlin.sozwohn.wohnraumerhalt.demo.CasePlan.Outreach;
import de.berlin.sozwohn.wohnraumerhalt.demo.CasePlan.Reaction;
import de.berlin.sozwohn.wohnraumerhalt.intake.BailiffNoticeRequest;
import de.berlin.sozwohn.wohnraumerhalt.intake.CourtNoticeRequest;
import de.berlin.sozwohn.wohnraumerhalt.intake.HouseholdData;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The demo world as a plan: households, their notices and how everybody reacts, drawn from one
 * seeded {@link Random} (same seed, same dates → same world). Plain Java; {@link
 * DemoHistoryGenerator} plays the plan through the real engine.
 *
 * <p>The proportions are invented but plausible for a Fachstelle: most letters within three
 * working days, some late; about a third of the households react to the letter, others are met at
 * a home visit or only later, a quarter never; bailiff notices follow some lawsuits and open a few
 * cases of their own; most evictions attended by the Fachstelle are carried out, some are called
 * off.
 */
public final class DemoScenario {

  /** The districts of the demo world and their share of the cases. */
  static final Map<String, Double> DISTRICT_WEIGHTS = new LinkedHashMap<>();

  static {
    DISTRICT_WEIGHTS.put("mitte", 0.28);
    DISTRICT_WEIGHTS.put("neukoelln", 0.24);
    DISTRICT_WEIGHTS.put("friedrichshain-kreuzberg", 0.14);
    DISTRICT_WEIGHTS.put("spandau", 0.12);
    DISTRICT_WEIGHTS.put("lichtenberg", 0.11);
    DISTRICT_WEIGHTS.put("marzahn-hellersdorf", 0.11);
  }

  /**
   * Districts with a demo caseworker (fk.mitte, fk.neukoelln) get a small backlog: notices of the
   * last two weeks whose letter is not written yet, one of them overdue – work for today.
   */
  static final List<String> BACKLOG_DISTRICTS = List.of("mitte", "neukoelln");
  /** Working days before today in which the backlog arrived. */
  static final int BACKLOG_DAYS = 10;

  /** Share of cases opened by a bailiff notice without a lawsuit known to the Fachstelle. */
  static final double OPENED_BY_BAILIFF = 0.07;
  /** Share of court cases that a bailiff notice follows later. */
  static final double BAILIFF_FOLLOWS = 0.2;

  private final Random random;
  private final WorkingDayCalendar calendar;
  private final DemoHouseholds households;
  private final Set<String> courtFiles = new HashSet<>();
  private int bailiffNumber = 100;

  private DemoScenario(long seed, WorkingDayCalendar calendar) {
    this.random = new Random(seed);
    this.calendar = calendar;
    this.households = new DemoHouseholds(random);
  }

  /**
   * Plans {@code cases} households whose first notice arrives on a working day in {@code [from,
   * until)}, ordered by the day it is entered. Follow-up notices may fall on or after {@code
   * until}; the generator leaves those out.
   */
  public static List<CasePlan> plan(long seed, LocalDate from, LocalDate until, int cases,
      WorkingDayCalendar calendar) {
    return new DemoScenario(seed, calendar).plan(from, until, cases);
  }

  private List<CasePlan> plan(LocalDate from, LocalDate until, int cases) {
    List<LocalDate> workingDays = new ArrayList<>();
    for (LocalDate d = from; d.isBefore(until); d = d.plusDays(1)) {
      if (calendar.isWorkingDay(d)) {
        workingDays.add(d);
      }
    }
    if (workingDays.isEmpty()) {
      return List.of();
    }
    int backlog = Math.min(cases / 2 / BACKLOG_DISTRICTS.size(), Math.max(2, Math.round(cases * 0.04f)));
    List<LocalDate> receipts = new ArrayList<>();
    for (int i = 0; i < cases - backlog * BACKLOG_DISTRICTS.size(); i++) {
      receipts.add(workingDays.get(random.nextInt(workingDays.size())));
    }
    receipts.sort(null);
    LocalDate lastDay = workingDays.get(workingDays.size() - 1);

    List<CasePlan> plans = new ArrayList<>();
    for (LocalDate receivedOn : receipts) {
      // a notice is mostly entered the day it arrives, sometimes a day or two later
      LocalDate enteredOn = chance(0.8) ? receivedOn : calendar.addWorkingDays(receivedOn, 1 + random.nextInt(2));
      if (enteredOn.isAfter(lastDay)) {
        enteredOn = lastDay;
      }
      plans.add(household(district(), receivedOn, enteredOn, null));
    }
    List<LocalDate> lastDays = workingDays.subList(Math.max(0, workingDays.size() - BACKLOG_DAYS),
        workingDays.size());
    for (String district : BACKLOG_DISTRICTS) {
      for (int i = 0; i < backlog; i++) {
        // the first has waited for a week and more: overdue; the others are late or still in time
        LocalDate receivedOn = i == 0 ? lastDays.get(Math.max(0, lastDays.size() - 6 - random.nextInt(4)))
            : lastDays.get(random.nextInt(lastDays.size()));
        plans.add(household(district, receivedOn, receivedOn, i == 0 ? 60 : 4 + random.nextInt(10)));
      }
    }
    plans.sort((a, b) -> a.enteredOn().compareTo(b.enteredOn()));
    return plans;
  }

  /**
   * @param letterDelay working days to the standard letter for a backlog case; null: drawn as usual
   */
  private CasePlan household(String district, LocalDate receivedOn, LocalDate enteredOn,
      Integer letterDelay) {
    HouseholdData household = households.household(district);
    String court = DemoHouseholds.court(district, household.postalCode());
    boolean openedByBailiff = letterDelay == null && chance(OPENED_BY_BAILIFF);
    Closure closure = closure();
    if (openedByBailiff) {
      // the Fachstelle learns of the household only from the bailiff; a court file is sometimes named
      String courtFile = chance(0.4) ? courtFile(receivedOn) : null;
      Eviction eviction = eviction(district, household, receivedOn, enteredOn,
          courtFile == null ? null : court, courtFile);
      Outreach outreach = new Outreach(chance(0.45) ? Reaction.EARLY_CONTACT : Reaction.NEVER, 0,
          pick("phone", "phone", "office", "letter"), 2 + random.nextInt(9), 0, 0, false, 0, 0);
      return new CasePlan(district, enteredOn, null, outreach, eviction, closure);
    }

    String courtFile = courtFile(receivedOn);
    CourtNoticeRequest notice = new CourtNoticeRequest(district, court, courtFile,
        receivedOn.toString(), household, households.landlord(), arrears(),
        chance(0.5) ? calendar.addWorkingDays(receivedOn, 15 + random.nextInt(30)).toString() : null);
    Outreach outreach = outreach(letterDelay);
    Eviction eviction = null;
    if (letterDelay == null && chance(BAILIFF_FOLLOWS)) {
      LocalDate bailiffReceived = calendar.addWorkingDays(receivedOn, 15 + random.nextInt(80));
      // with the court file in most notices, otherwise matched by household
      boolean namesFile = chance(0.7);
      eviction = eviction(district, household, bailiffReceived, bailiffReceived,
          namesFile ? court : null, namesFile ? courtFile : null);
    }
    return new CasePlan(district, enteredOn, notice, outreach, eviction, closure);
  }

  private Outreach outreach(Integer backlogLetterDelay) {
    double r = random.nextDouble();
    Reaction reaction = r < 0.30 ? Reaction.EARLY_CONTACT
        : r < 0.40 ? Reaction.AT_APPOINTMENT
        : r < 0.60 ? Reaction.AT_VISIT_1
        : r < 0.68 ? Reaction.AT_VISIT_2
        : r < 0.76 ? Reaction.AFTER_VISITS
        : Reaction.NEVER;
    int letterDelay = chance(0.9) ? pickInt(0, 1, 1, 1, 2, 2, 3) : 4 + random.nextInt(4);
    if (backlogLetterDelay != null) {
      letterDelay = backlogLetterDelay;
    }
    String channel = switch (reaction) {
      case AT_APPOINTMENT -> "office";
      case AFTER_VISITS -> pick("phone", "letter", "office");
      default -> pick("phone", "phone", "phone", "email", "email", "letter", "office");
    };
    int contactDelay = reaction == Reaction.AFTER_VISITS ? 3 + random.nextInt(20) : 1 + random.nextInt(5);
    int visit1Delay = chance(0.82) ? 1 + random.nextInt(4) : 6 + random.nextInt(4);
    boolean secondVisit = reaction == Reaction.AT_VISIT_2
        || (reaction != Reaction.AT_VISIT_1 && chance(0.55));
    return new Outreach(reaction, letterDelay, channel, contactDelay, visit1Delay, staff(),
        secondVisit, 4 + random.nextInt(8), staff());
  }

  private Eviction eviction(String district, HouseholdData household, LocalDate receivedOn,
      LocalDate enteredOn, String court, String courtFile) {
    LocalDate evictionDay = calendar.addWorkingDays(receivedOn, 15 + random.nextInt(20));
    LocalDateTime evictionAt = evictionDay.atTime(LocalTime.of(8 + random.nextInt(4), 0));
    String reference = "DR II " + (bailiffNumber += 1 + random.nextInt(40)) + "/"
        + String.format(Locale.ROOT, "%02d", receivedOn.getYear() % 100);
    BailiffNoticeRequest notice = new BailiffNoticeRequest(district, reference, receivedOn.toString(),
        evictionAt.toString(), household, court, courtFile);
    int letterDelay = chance(0.88) ? pickInt(0, 1, 1, 2, 3) : 4 + random.nextInt(3);
    boolean attend = chance(0.75);
    boolean attended = attend && chance(0.92);
    return new Eviction(enteredOn, notice, evictionAt, letterDelay, random.nextInt(3), attend,
        attended, chance(0.7) ? 2 : 1, chance(0.9));
  }

  private Closure closure() {
    double r = random.nextDouble();
    String outcome = r < 0.72 ? "housing-retained" : r < 0.86 ? "moved-out" : "other";
    boolean rentDebt = chance(0.5);
    boolean help67 = chance(0.2);
    boolean agreement = chance(0.4);
    String notes = rentDebt ? "Antrag auf Mietschuldenübernahme gestellt."
        : agreement ? "Ratenzahlung mit dem Vermieter vereinbart." : null;
    boolean stillHoused = switch (outcome) {
      case "housing-retained" -> chance(0.85);
      case "moved-out" -> false;
      default -> chance(0.5);
    };
    return new Closure(2 + random.nextInt(10), rentDebt, help67, agreement, notes,
        3 + random.nextInt(22), outcome, 1 + random.nextInt(15), stillHoused);
  }

  private String district() {
    double r = random.nextDouble();
    double sum = 0;
    String last = null;
    for (Map.Entry<String, Double> entry : DISTRICT_WEIGHTS.entrySet()) {
      sum += entry.getValue();
      last = entry.getKey();
      if (r < sum) {
        return last;
      }
    }
    return last;
  }

  /**
   * A court file number "27 C 312/25", unique within the demo world; departments 20 to 69, so that
   * the examples of README and SPEC ("12 C 345/26") never meet a demo case as a duplicate.
   */
  private String courtFile(LocalDate receivedOn) {
    String file;
    do {
      file = (20 + random.nextInt(50)) + " C " + (100 + random.nextInt(900)) + "/"
          + String.format(Locale.ROOT, "%02d", receivedOn.minusMonths(2).getYear() % 100);
    } while (!courtFiles.add(file));
    return file;
  }

  private BigDecimal arrears() {
    if (chance(0.1)) {
      return null;
    }
    return BigDecimal.valueOf(600 + random.nextInt(8400) + random.nextInt(100) / 100.0)
        .setScale(2, RoundingMode.HALF_UP);
  }

  /** Home visits should be made in pairs; mostly they are. */
  private int staff() {
    return chance(0.75) ? 2 : 1;
  }

  private boolean chance(double p) {
    return random.nextDouble() < p;
  }

  private String pick(String... options) {
    return options[random.nextInt(options.length)];
  }

  private int pickInt(int... options) {
    return options[random.nextInt(options.length)];
  }
}
