package de.berlin.sozwohn.wohnraumerhalt.intake;

/** The household of a notice (SPEC §7): name(s), street, postal code required; phone/e-mail optional. */
public record HouseholdData(
    String name, String street, String postalCode, String city, String phone, String email) {}
