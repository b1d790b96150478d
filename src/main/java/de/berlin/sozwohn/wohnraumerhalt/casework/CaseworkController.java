package de.berlin.sozwohn.wohnraumerhalt.casework;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Case events and corrections (SPEC §3 steps 8–9, §7): {@code POST /api/cases/{caseId}/events},
 * {@code GET /api/cases/{caseId}} (the case's state), {@code POST|GET
 * /api/cases/{caseId}/corrections}. Errors are RFC 9457 problems ({@link CaseworkProblems}).
 */
@RestController
@RequestMapping("/api/cases/{caseId}")
public class CaseworkController {

  private final CaseEvents events;
  private final CaseCorrections corrections;

  public CaseworkController(CaseEvents events, CaseCorrections corrections) {
    this.events = events;
    this.corrections = corrections;
  }

  /** 200 with the case's state after the event. */
  @PostMapping("/events")
  public CaseState event(@PathVariable String caseId, @RequestBody CaseEventRequest event) {
    return events.record(caseId, event);
  }

  @GetMapping
  public CaseState state(@PathVariable String caseId) {
    return events.state(caseId);
  }

  /** 201 with the correction as kept. */
  @PostMapping("/corrections")
  public ResponseEntity<CaseCorrection> correct(@PathVariable String caseId,
      @RequestBody CaseCorrectionRequest correction) {
    return ResponseEntity.status(201).body(corrections.correct(caseId, correction));
  }

  @GetMapping("/corrections")
  public List<CaseCorrection> corrections(@PathVariable String caseId) {
    return corrections.list(caseId);
  }
}
