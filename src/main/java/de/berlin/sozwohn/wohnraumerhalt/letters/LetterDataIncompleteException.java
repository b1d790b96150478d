package de.berlin.sozwohn.wohnraumerhalt.letters;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A letter cannot be written because the case lacks data or holds an invalid date; the message is
 * German and names each field.
 */
public class LetterDataIncompleteException extends RuntimeException {

  /**
   * One thing the letter needs.
   *
   * @param field the variable name ({@code appointmentAt})
   * @param label German name of the data ("Termin mit Datum und Uhrzeit")
   * @param problem what is wrong ("fehlt", "ist kein gültiges Datum mit Uhrzeit: „…“")
   */
  public record Gap(String field, String label, String problem) {
    static Gap missing(String field, String label) {
      return new Gap(field, label, "fehlt");
    }

    /** "Termin mit Datum und Uhrzeit (appointmentAt) fehlt". */
    public String text() {
      return label + " (" + field + ") " + problem;
    }
  }

  private final LetterKind kind;
  private final transient List<Gap> gaps;

  public LetterDataIncompleteException(LetterKind kind, List<Gap> gaps) {
    super("Das " + kind.title() + " kann nicht erstellt werden: "
        + gaps.stream().map(Gap::text).collect(Collectors.joining("; ")) + ".");
    this.kind = kind;
    this.gaps = List.copyOf(gaps);
  }

  public LetterKind kind() {
    return kind;
  }

  public List<Gap> gaps() {
    return gaps;
  }
}
