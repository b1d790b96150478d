package de.berlin.sozwohn.wohnraumerhalt.notification;

import java.util.List;
import java.util.Objects;

/**
 * A plain-text mail as the application sends it. Recipients are never empty: a mail that nobody
 * would receive is a programming error, not something to drop quietly.
 */
public record OutgoingMail(List<String> to, String subject, String text) {

  public OutgoingMail {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
    to = List.copyOf(to);
    if (to.isEmpty() || to.stream().anyMatch(address -> address == null || address.isBlank())) {
      throw new IllegalArgumentException("a mail needs at least one recipient and no blank ones: " + to);
    }
  }
}
