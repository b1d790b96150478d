package de.berlin.sozwohn.wohnraumerhalt.casework;

/**
 * Body of {@code POST /api/cases/{caseId}/events}: {@code type} and the day {@code on}
 * (YYYY-MM-DD), plus what the type needs – {@code toDistrict} (transferred), {@code
 * bailiffReference} (eviction events), {@code evictionAt} (eviction-postponed), {@code reason}
 * (entered-in-error). Plain strings: the service checks them and names the bad field.
 */
public record CaseEventRequest(String type, String on, String toDistrict, String bailiffReference,
    String evictionAt, String reason) {}
