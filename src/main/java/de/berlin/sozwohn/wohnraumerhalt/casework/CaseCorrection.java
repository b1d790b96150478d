package de.berlin.sozwohn.wohnraumerhalt.casework;

import java.time.Instant;

/**
 * One correction as kept ({@code GET /api/cases/{caseId}/corrections}): who changed which date
 * when, from what to what, and why. {@code bailiffNotice} is set for a bailiff notice's date (the
 * reference as compared: without spaces, lower case).
 */
public record CaseCorrection(String field, Integer visit, String bailiffNotice, String oldValue,
    String newValue, String reason, String correctedBy, Instant correctedAt) {}
