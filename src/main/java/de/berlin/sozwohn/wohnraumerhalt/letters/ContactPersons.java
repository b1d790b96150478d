package de.berlin.sozwohn.wohnraumerhalt.letters;

import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.stereotype.Component;

/**
 * Finds the contact person a letter names: the user who sends it (the engine's current
 * authentication – the user completing the letter task, or looking at its preview), else the
 * task's assignee. The name comes from the user's profile, phone and room from {@link
 * StaffProperties}. No user, or a user without a name in the profile: no contact person – the
 * letter then names the office only, as it always does.
 */
@Component
public class ContactPersons {

  private final IdentityService identityService;
  private final CommandExecutor commands;
  private final StaffProperties staff;

  public ContactPersons(ProcessEngine engine, StaffProperties staff) {
    this.identityService = engine.getIdentityService();
    this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired();
    this.staff = staff;
  }

  /** The current user as contact person, else the given fallback user (may be null). */
  public Optional<ContactPerson> currentOr(String fallbackUserId) {
    Authentication current = identityService.getCurrentAuthentication();
    String userId = current != null && current.getUserId() != null ? current.getUserId()
        : fallbackUserId;
    return of(userId);
  }

  /**
   * The user as contact person, when the profile has a name. The profile is read without the
   * caller's authorizations (in the letter task's command, if called there): a caseworker need not
   * be allowed to read user profiles for the letter to name its sender.
   */
  public Optional<ContactPerson> of(String userId) {
    if (userId == null) {
      return Optional.empty();
    }
    User user = commands.execute(context -> context.runWithoutAuthorization(
        () -> context.getReadOnlyIdentityProvider().findUserById(userId)));
    if (user == null) {
      return Optional.empty();
    }
    String name = Stream.of(user.getFirstName(), user.getLastName())
        .filter(part -> part != null && !part.isBlank()).map(String::strip)
        .collect(Collectors.joining(" "));
    if (name.isEmpty()) {
      return Optional.empty();
    }
    StaffProperties.Profile profile = staff.staff().get(userId);
    return Optional.of(new ContactPerson(name, profile == null ? null : blankToNull(profile.phone()),
        profile == null ? null : blankToNull(profile.room())));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
