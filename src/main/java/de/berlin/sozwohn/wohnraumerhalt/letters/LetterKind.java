package de.berlin.sozwohn.wohnraumerhalt.letters;

import de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * The two standard letters of the Zielvereinbarung (SPEC §3 steps 2 and 6). {@link #id()} is the
 * {@code kind} of the REST contract and of the stored letter.
 */
public enum LetterKind {

  /** After a court notice (Räumungsklage): offers a fixed appointment. */
  COURT_LETTER("court-letter", ProcessKeys.TASK_SEND_COURT_LETTER, "Standardanschreiben versenden",
      "Standardanschreiben", "standardanschreiben"),
  /** After a bailiff notice (Zwangsräumung): offers a short-notice talk in the open consultation hours. */
  EVICTION_LETTER("eviction-letter", ProcessKeys.TASK_SEND_EVICTION_LETTER,
      "Anschreiben Zwangsräumung versenden", "Anschreiben Zwangsräumung", "anschreiben-zwangsraeumung");

  private final String id;
  private final String taskKey;
  private final String taskName;
  private final String title;
  private final String fileNamePrefix;

  LetterKind(String id, String taskKey, String taskName, String title, String fileNamePrefix) {
    this.id = id;
    this.taskKey = taskKey;
    this.taskName = taskName;
    this.title = title;
    this.fileNamePrefix = fileNamePrefix;
  }

  /** {@code court-letter} or {@code eviction-letter}. */
  public String id() {
    return id;
  }

  /** The user task whose completion sends this letter. */
  public String taskKey() {
    return taskKey;
  }

  /** German name of that task, as Tasklist shows it. */
  public String taskName() {
    return taskName;
  }

  /** German name, as the caseworker knows the letter. */
  public String title() {
    return title;
  }

  /** Template resource name below {@code letters/}. */
  String template() {
    return id;
  }

  /** ASCII file name of the PDF, with the case id (and the letter date: several eviction letters may exist). */
  public String fileName(String caseId, LocalDate letterDate) {
    String safeCase = caseId == null ? "fall" : caseId.replaceAll("[^A-Za-z0-9_-]", "_");
    return fileNamePrefix + "-" + safeCase + (letterDate == null ? "" : "-" + letterDate) + ".pdf";
  }

  public static Optional<LetterKind> byId(String id) {
    return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
  }

  public static Optional<LetterKind> byTaskKey(String taskKey) {
    return Arrays.stream(values()).filter(k -> k.taskKey.equals(taskKey)).findFirst();
  }
}
