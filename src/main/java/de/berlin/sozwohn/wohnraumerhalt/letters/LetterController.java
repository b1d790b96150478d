package de.berlin.sozwohn.wohnraumerhalt.letters;

import de.berlin.sozwohn.wohnraumerhalt.letters.LetterCases.CaseRef;
import de.berlin.sozwohn.wohnraumerhalt.letters.LetterExceptions.CaseNotFound;
import de.berlin.sozwohn.wohnraumerhalt.letters.LetterExceptions.LetterNotFound;
import de.berlin.sozwohn.wohnraumerhalt.letters.LetterExceptions.NoOpenTask;
import de.berlin.sozwohn.wohnraumerhalt.letters.LetterExceptions.UnknownKind;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A case's letters (SPEC §7): {@code GET /api/cases/{caseId}/letters} lists them,
 * {@code …/letters/{id}} serves one as PDF, {@code …/letters/preview?kind=court-letter} shows the
 * letter of the open task as it would be sent now (for the link in the task form). Access: see
 * {@link LetterCases}.
 */
@RestController
@RequestMapping("/api/cases/{caseId}/letters")
public class LetterController {

  /** One entry of the list; {@code href} serves the PDF. */
  public record LetterLink(String id, String kind, OffsetDateTime createdAt, LocalDate letterDate, String href) {}

  private final LetterCases cases;
  private final LetterStore store;
  private final Letters letters;

  public LetterController(LetterCases cases, LetterStore store, Letters letters) {
    this.cases = cases;
    this.store = store;
    this.letters = letters;
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<List<LetterLink>> list(@PathVariable String caseId) {
    CaseRef ref = readable(caseId);
    List<LetterLink> links = store.list(ref.caseId()).stream()
        .map(l -> new LetterLink(l.id(), l.kind().id(), l.createdAt(), l.letterDate(), href(caseId, l.id())))
        .toList();
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(links);
  }

  @GetMapping("/{letterId}")
  public ResponseEntity<byte[]> letter(@PathVariable String caseId, @PathVariable String letterId) {
    CaseRef ref = readable(caseId);
    StoredLetter letter = store.find(ref.caseId(), letterId)
        .orElseThrow(() -> new LetterNotFound(caseId, letterId));
    byte[] pdf = store.content(ref.caseId(), letterId).orElseThrow(() -> new LetterNotFound(caseId, letterId));
    return pdf(pdf, letter.fileName());
  }

  @GetMapping("/preview")
  public ResponseEntity<byte[]> preview(@PathVariable String caseId,
      @RequestParam(required = false) String kind, @RequestParam(required = false) String taskId) {
    LetterKind letterKind = LetterKind.byId(kind).orElseThrow(() -> new UnknownKind(kind));
    CaseRef ref = readable(caseId);
    Task task = cases.openTask(ref, letterKind, taskId).orElseThrow(() -> new NoOpenTask(caseId, letterKind));
    byte[] pdf = letters.preview(letterKind, ref.caseId(), ref.district(), cases.variables(task)::get);
    return pdf(pdf, "entwurf-" + letterKind.fileName(caseId, null));
  }

  private CaseRef readable(String caseId) {
    return cases.readable(caseId).orElseThrow(() -> new CaseNotFound(caseId));
  }

  private static String href(String caseId, String letterId) {
    return UriComponentsBuilder.fromPath("/api/cases/{caseId}/letters/{id}")
        .buildAndExpand(caseId, letterId).encode().toUriString();
  }

  private static ResponseEntity<byte[]> pdf(byte[] content, String fileName) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(fileName, StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        // personal data: never in a shared or disk cache
        .cacheControl(CacheControl.noStore())
        .body(content);
  }
}
