package de.berlin.sozwohn.wohnraumerhalt.intake;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/notices/court} and {@code POST /api/notices/bailiff} (SPEC §7). Errors are RFC
 * 9457 problem documents, see {@link IntakeProblems}; authentication is the filter's job.
 */
@RestController
@RequestMapping("/api/notices")
public class NoticeController {

  private final NoticeIntake intake;

  public NoticeController(NoticeIntake intake) {
    this.intake = intake;
  }

  /** 201 {caseId, processInstanceId}. */
  @PostMapping("/court")
  public ResponseEntity<CaseOpened> courtNotice(@RequestBody CourtNoticeRequest notice) {
    return ResponseEntity.status(HttpStatus.CREATED).body(intake.fileCourtNotice(notice));
  }

  /** 201 {caseId, processInstanceId, joined: false} for a new case, 200 with joined: true. */
  @PostMapping("/bailiff")
  public ResponseEntity<BailiffNoticeFiled> bailiffNotice(@RequestBody BailiffNoticeRequest notice) {
    BailiffNoticeFiled filed = intake.fileBailiffNotice(notice);
    return ResponseEntity.status(filed.joined() ? HttpStatus.OK : HttpStatus.CREATED).body(filed);
  }
}
