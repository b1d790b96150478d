package de.berlin.sozwohn.wohnraumerhalt.letters;

/**
 * The caseworker a letter names as the household's contact: the user who sends it.
 *
 * @param name first and last name from the user's profile (Camunda Admin)
 * @param phone the caseworker's direct line ({@code wohnraumerhalt.staff.[user].phone}); null: the
 *     letter gives the office's shared number only
 * @param room the caseworker's room ({@code wohnraumerhalt.staff.[user].room}); may be null
 */
public record ContactPerson(String name, String phone, String room) {}
