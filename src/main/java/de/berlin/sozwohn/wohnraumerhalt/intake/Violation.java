package de.berlin.sozwohn.wohnraumerhalt.intake;

/** One bad field of a notice: its JSON path ("household.postalCode") and a German message. */
public record Violation(String field, String message) {}
