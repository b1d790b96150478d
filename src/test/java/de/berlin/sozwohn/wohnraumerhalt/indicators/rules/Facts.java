package de.berlin.sozwohn.wohnraumerhalt.indicators.rules;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Builders for hand-written facts in tests. */
final class Facts {

  private static int keys;

  static LocalDate d(String iso) {
    return iso == null ? null : LocalDate.parse(iso);
  }

  static LocalDateTime t(String iso) {
    return LocalDateTime.parse(iso);
  }

  /** A case opened by a court notice received on that day. */
  static CaseBuilder courtCase(String receivedOn) {
    return new CaseBuilder("mitte", d(receivedOn));
  }

  /** A case opened by a bailiff notice (no court notice, no standard letter). */
  static CaseBuilder bailiffCase() {
    return new CaseBuilder("mitte", null);
  }

  /**
   * A case taken over from another district (case event {@code transferred} there): no court
   * notice was received here, but its standard letter is sent here.
   */
  static CaseBuilder transferredCase() {
    return new CaseBuilder("mitte", null);
  }

  static NoticeBuilder notice(String receivedOn, String evictionAt) {
    return new NoticeBuilder(d(receivedOn), t(evictionAt));
  }

  static final class CaseBuilder {
    private String district;
    private final LocalDate receivedOn;
    private LocalDate letterSentOn;
    private LocalDate appointmentOn;
    private LocalDate contactOn;
    private ContactSource source;
    private final List<HomeVisit> visits = new ArrayList<>();
    private LocalDate outreachEndedOn;

    CaseBuilder(String district, LocalDate receivedOn) {
      this.district = district;
      this.receivedOn = receivedOn;
    }

    CaseBuilder in(String district) {
      this.district = district;
      return this;
    }

    CaseBuilder letter(String sentOn) {
      this.letterSentOn = d(sentOn);
      return this;
    }

    CaseBuilder letter(String sentOn, String appointmentOn) {
      this.appointmentOn = d(appointmentOn);
      return letter(sentOn);
    }

    CaseBuilder recordedContact(String on) {
      contact(d(on), ContactSource.RECORDED);
      return this;
    }

    CaseBuilder visit(String on, int staff, boolean contact) {
      visits.add(new HomeVisit(visits.size() + 1, d(on), staff, contact));
      if (contact) {
        contact(d(on), ContactSource.VISIT);
      }
      return this;
    }

    /**
     * A case event ended the outreach on that day: lawsuit withdrawn, arrears settled, household
     * moved or case transferred (the facts record the day only, not which of them).
     */
    CaseBuilder outreachEndedOn(String on) {
      this.outreachEndedOn = d(on);
      return this;
    }

    private void contact(LocalDate on, ContactSource how) {
      if (contactOn == null || on.isBefore(contactOn)) {
        contactOn = on;
        source = how;
      }
    }

    CaseFacts build() {
      return new CaseFacts("case-" + (++keys), district, receivedOn, letterSentOn, appointmentOn,
          contactOn, source, visits, null, null, null, null, outreachEndedOn);
    }
  }

  static final class NoticeBuilder {
    private String district = "mitte";
    private final LocalDate receivedOn;
    private final LocalDateTime evictionAt;
    private LocalDate letterSentOn;
    private Boolean attend;
    private Boolean attended;
    private Integer staff;
    private Boolean carriedOut;
    private LocalDate caseContactOn;
    private LocalDate calledOffOn;
    private LocalDate caseEndedOn;

    NoticeBuilder(LocalDate receivedOn, LocalDateTime evictionAt) {
      this.receivedOn = receivedOn;
      this.evictionAt = evictionAt;
    }

    NoticeBuilder in(String district) {
      this.district = district;
      return this;
    }

    NoticeBuilder letter(String sentOn) {
      this.letterSentOn = d(sentOn);
      return this;
    }

    NoticeBuilder caseContact(String on) {
      this.caseContactOn = d(on);
      return this;
    }

    /** Case event {@code eviction-called-off} (or {@code household-moved}) on that day. */
    NoticeBuilder calledOffOn(String on) {
      this.calledOffOn = d(on);
      return this;
    }

    /** The notice's case ended on that day: closed, or handed over to another district. */
    NoticeBuilder caseEndedOn(String on) {
      this.caseEndedOn = d(on);
      return this;
    }

    NoticeBuilder decided(boolean attend) {
      this.attend = attend;
      return this;
    }

    NoticeBuilder attended(boolean attended, boolean carriedOut) {
      this.attend = true;
      this.attended = attended;
      this.staff = attended ? 2 : null;
      this.carriedOut = carriedOut;
      return this;
    }

    EvictionNoticeFacts build() {
      return new EvictionNoticeFacts("notice-" + (++keys), "case-" + keys, district, receivedOn,
          evictionAt, letterSentOn, attend, attended, staff, carriedOut, caseContactOn, calledOffOn,
          caseEndedOn);
    }
  }

  private Facts() {}
}
