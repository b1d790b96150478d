package de.berlin.sozwohn.wohnraumerhalt.letters;

import java.util.List;

/** A letter cannot be written because the case lacks data; the message is German and names each field. */
public class LetterDataIncompleteException extends RuntimeException {

  private final transient List<String> missing;

  public LetterDataIncompleteException(LetterKind kind, List<String> missing) {
    super("Das " + kind.title() + " kann nicht erstellt werden. Es fehlt: " + String.join(", ", missing) + ".");
    this.missing = List.copyOf(missing);
  }

  public List<String> missing() {
    return missing;
  }
}
