package de.berlin.sozwohn.wohnraumerhalt.intake;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A bailiff notice as the intake has checked and read it: text trimmed (absent is null), dates
 * parsed once, the eviction in Berlin time to the minute ({@link
 * NoticeValidator#parse(BailiffNoticeRequest)}).
 */
public record BailiffNotice(
    String district,
    String bailiffReference,
    LocalDate receivedOn,
    LocalDateTime evictionAt,
    HouseholdData household,
    String court,
    String courtFileNumber) {}
