package de.berlin.sozwohn.wohnraumerhalt.letters;

/** Why a letter request cannot be answered; turned into problem documents by {@link LetterProblems}. */
final class LetterExceptions {

  /** Unknown case, or one the user may not see (same answer on purpose). */
  static class CaseNotFound extends RuntimeException {
    final String caseId;

    CaseNotFound(String caseId) {
      super("case " + caseId + " not found or not readable");
      this.caseId = caseId;
    }
  }

  static class LetterNotFound extends RuntimeException {
    final String caseId;
    final String letterId;

    LetterNotFound(String caseId, String letterId) {
      super("letter " + letterId + " of case " + caseId + " not found");
      this.caseId = caseId;
      this.letterId = letterId;
    }
  }

  /** {@code kind} missing or not one of {@link LetterKind}. */
  static class UnknownKind extends RuntimeException {
    final String kind;

    UnknownKind(String kind) {
      super("unknown letter kind " + kind);
      this.kind = kind;
    }
  }

  /** A preview needs the open task of that kind. */
  static class NoOpenTask extends RuntimeException {
    final String caseId;
    final LetterKind kind;

    NoOpenTask(String caseId, LetterKind kind) {
      super("no open task " + kind.taskKey() + " in case " + caseId);
      this.caseId = caseId;
      this.kind = kind;
    }
  }

  private LetterExceptions() {}
}
