package de.berlin.sozwohn.wohnraumerhalt.casework;

/**
 * Body of {@code POST /api/cases/{caseId}/corrections}: the {@code field} to correct, its new
 * {@code value} (YYYY-MM-DD) and the {@code reason}; {@code visit} (1 or 2) for {@code visitedOn},
 * {@code bailiffReference} for a bailiff notice's {@code receivedOn} or {@code
 * evictionLetterSentOn}.
 */
public record CaseCorrectionRequest(String field, String value, String reason, Integer visit,
    String bailiffReference) {}
