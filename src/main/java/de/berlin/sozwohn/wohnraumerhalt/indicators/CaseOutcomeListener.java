package de.berlin.sozwohn.wohnraumerhalt.indicators;

/**
 * Told when the indicator facts record a case's closure with its outcome, in the same transaction
 * ({@link IndicatorFactStore#closed}): the flow facts carry the outcome for the Cockpit history
 * views. An interface here rather than a call into the flow package, which depends on this one.
 */
public interface CaseOutcomeListener {

  /** The case (process instance id) was closed with this outcome code. */
  void caseClosed(String caseKey, String outcome);
}
