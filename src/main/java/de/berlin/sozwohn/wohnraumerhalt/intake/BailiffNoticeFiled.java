package de.berlin.sozwohn.wohnraumerhalt.intake;

/** Answer of {@code POST /api/notices/bailiff}: 201 for a new case, 200 when it joined an open case. */
public record BailiffNoticeFiled(String caseId, String processInstanceId, boolean joined) {}
