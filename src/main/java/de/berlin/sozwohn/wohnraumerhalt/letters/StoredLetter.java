package de.berlin.sozwohn.wohnraumerhalt.letters;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A letter kept with its case (without the PDF itself, see {@link LetterStore#content}). */
public record StoredLetter(
    String id,
    String caseId,
    String district,
    LetterKind kind,
    OffsetDateTime createdAt,
    LocalDate letterDate,
    String processInstanceId,
    String taskId) {

  public String fileName() {
    return kind.fileName(caseId, letterDate);
  }
}
