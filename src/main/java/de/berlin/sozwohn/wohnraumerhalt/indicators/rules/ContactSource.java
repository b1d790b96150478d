package de.berlin.sozwohn.wohnraumerhalt.indicators.rules;

/** How the first contact with the household came about. */
public enum ContactSource {
  /** The household reacted (phone, e-mail, letter, office) and the contact was recorded. */
  RECORDED,
  /** The household was met at a home visit. */
  VISIT
}
