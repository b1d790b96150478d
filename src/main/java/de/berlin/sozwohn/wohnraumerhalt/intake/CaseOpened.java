package de.berlin.sozwohn.wohnraumerhalt.intake;

/** Answer of {@code POST /api/notices/court} (201). */
public record CaseOpened(String caseId, String processInstanceId) {}
