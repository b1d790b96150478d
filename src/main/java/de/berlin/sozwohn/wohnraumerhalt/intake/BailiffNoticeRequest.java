package de.berlin.sozwohn.wohnraumerhalt.intake;

/**
 * Body of {@code POST /api/notices/bailiff} (SPEC §7): {@code court} + {@code courtFileNumber} are
 * optional but come together. {@code evictionAt} is a local date-time ("2026-05-12T09:00").
 */
public record BailiffNoticeRequest(
    String district,
    String bailiffReference,
    String receivedOn,
    String evictionAt,
    HouseholdData household,
    String court,
    String courtFileNumber) {}
