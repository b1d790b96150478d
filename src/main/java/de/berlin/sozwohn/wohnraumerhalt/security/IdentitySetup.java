package de.berlin.sozwohn.wohnraumerhalt.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import de.berlin.sozwohn.wohnraumerhalt.Districts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables;
import de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Groups, tenants and authorizations of SPEC §8, created on every start and idempotent: each
 * district is a tenant, its caseworker and team-lead groups are members of that tenant only.
 * Also the Tasklist filters that caseworkers see at first login.
 */
@Component
@Order(10)
public class IdentitySetup implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(IdentitySetup.class);

  public static final String FILTER_MY_TASKS = "Meine Aufgaben";
  public static final String FILTER_DISTRICT_TASKS = "Aufgaben meines Bezirks";
  public static final String FILTER_OVERDUE = "Überfällig";
  /** Administrators (camunda-admin): every district's open tasks; they are in no district group. */
  public static final String FILTER_ALL_DISTRICTS = "Alle Bezirke";

  /** Start forms of Tasklist for the caseworkers and team leads of every district. */
  static final List<String> ENTRY_FORMS = List.of(ProcessKeys.COURT_NOTICE_ENTRY,
      ProcessKeys.BAILIFF_NOTICE_ENTRY, ProcessKeys.CASE_EVENT_ENTRY);
  /** Start forms of Tasklist for team leads only (administrators hold every permission). */
  static final List<String> TEAM_LEAD_ENTRY_FORMS = List.of(ProcessKeys.CASE_CORRECTION_ENTRY);

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;

  public IdentitySetup(IdentityService identityService, AuthorizationService authorizationService,
      FilterService filterService, TaskService taskService) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.filterService = filterService;
    this.taskService = taskService;
  }

  @Override
  public void run(ApplicationArguments args) {
    ensureGroup(Roles.ADMIN, "Administration", "SYSTEM");
    ensureGroup(Roles.PROCESS_OWNER, "Prozessverantwortung", "WORKFLOW");
    ensureGroup(Roles.GPM, "Geschäftsprozessmanagement", "WORKFLOW");
    ensureGroup(Roles.MONITORING, "Monitoringstelle SenASGIVA", "WORKFLOW");

    // administrators: every permission on every resource (as the starter's admin-user setup does)
    for (Resource resource : Resources.values()) {
      grant(Roles.ADMIN, resource, ANY, Permissions.ALL);
    }

    List<String> districtGroups = new ArrayList<>();
    for (String district : Districts.IDS) {
      String name = Districts.NAMES.get(district);
      ensureTenant(district, "Bezirksamt " + name);
      String caseworkers = Districts.caseworkerGroup(district);
      String teamLead = Districts.teamLeadGroup(district);
      ensureGroup(caseworkers, "Fachkräfte Soziale Wohnhilfe " + name, "WORKFLOW");
      ensureGroup(teamLead, "Fachstellenleitung " + name, "WORKFLOW");
      ensureGroupInTenant(caseworkers, district);
      ensureGroupInTenant(teamLead, district);
      ensureGroupInTenant(Roles.PROCESS_OWNER, district);
      districtGroups.add(caseworkers);
      districtGroups.add(teamLead);
      grantCaseWork(caseworkers, false);
      grantCaseWork(teamLead, true);
      grant(teamLead, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    }

    // process owners: Cockpit across districts, read only, and no personal data: READ_INSTANCE and
    // READ_HISTORY without READ_INSTANCE_VARIABLE / READ_HISTORY_VARIABLE (enforceSpecificVariablePermission)
    grant(Roles.PROCESS_OWNER, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(Roles.PROCESS_OWNER, Resources.PROCESS_DEFINITION, ANY,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK);
    grant(Roles.PROCESS_OWNER, Resources.DEPLOYMENT, ANY, Permissions.READ);
    grant(Roles.PROCESS_OWNER, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
    // GPM consultants: deploy and read models, no case data (no tenant membership)
    grant(Roles.GPM, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(Roles.GPM, Resources.DEPLOYMENT, ANY, Permissions.CREATE, Permissions.READ,
        Permissions.DELETE);
    grant(Roles.GPM, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ);
    // monitoring: no engine permissions at all – aggregated indicators through /api/kpi only

    narrowTaskAuthorizations();
    ensureFilters(districtGroups);
    LOG.info("Gruppen, Mandanten (Bezirke), Berechtigungen und Tasklist-Filter eingerichtet");
  }

  /**
   * What caseworkers and team leads need for their district's cases, and nothing more (the tenant
   * check limits the scope to the district). They read cases and work tasks: claim and complete
   * ({@code TASK_WORK}), team leads also hand tasks to others ({@code TASK_ASSIGN}). They start
   * only the entry forms of Tasklist ({@link #ENTRY_FORMS}: both notice entries and "Fallereignis
   * erfassen"), team leads also "Korrektur erfassen" ({@link #TEAM_LEAD_ENTRY_FORMS}), which a
   * caseworker does not even see in Tasklist's start list; cases and self-reports begin through
   * the intake and the timers, which check district and fields first ({@link EngineAuthority}).
   * No permission to update, suspend, modify or delete instances or jobs, nor to write variables
   * outside a task's form: the engine refuses those with 403. Permissions an older version granted
   * are taken back.
   */
  private void grantCaseWork(String group, boolean teamLead) {
    grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    List<Permission> definition = new ArrayList<>(List.of(ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.TASK_WORK,
        // the case data (enforceSpecificVariablePermission): only the district's own staff
        ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
        ProcessDefinitionPermissions.READ_HISTORY_VARIABLE,
        ProcessDefinitionPermissions.READ_TASK_VARIABLE));
    List<Permission> task = new ArrayList<>(List.of(TaskPermissions.READ,
        TaskPermissions.READ_VARIABLE, TaskPermissions.TASK_WORK));
    if (teamLead) {
      definition.add(ProcessDefinitionPermissions.TASK_ASSIGN);
      task.add(TaskPermissions.TASK_ASSIGN);
    }
    grantExactly(group, Resources.PROCESS_DEFINITION, ANY, definition);
    List<String> entryForms = new ArrayList<>(ENTRY_FORMS);
    if (teamLead) {
      entryForms.addAll(TEAM_LEAD_ENTRY_FORMS);
    }
    for (String entryForm : entryForms) {
      grantExactly(group, Resources.PROCESS_DEFINITION, entryForm,
          List.of(ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE));
    }
    // starting an instance needs CREATE on process instances as well; the definitions above
    // (CREATE_INSTANCE only on the entry forms) decide which
    grantExactly(group, Resources.PROCESS_INSTANCE, ANY, List.of(ProcessInstancePermissions.CREATE));
    grantExactly(group, Resources.TASK, ANY, task);
    grant(group, Resources.DEPLOYMENT, ANY, Permissions.READ);
  }

  /**
   * Tasks created before {@code defaultUserPermissionNameForTask=TASK_WORK} gave their candidate
   * groups and assignee UPDATE (which includes writing variables and changing due dates); they
   * get TASK_WORK instead. Runs once per task: afterwards no such authorization is left.
   */
  private void narrowTaskAuthorizations() {
    List<Authorization> broad = authorizationService.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT).resourceType(Resources.TASK)
        .hasPermission(TaskPermissions.UPDATE).list().stream()
        .filter(a -> !ANY.equals(a.getResourceId()) && !Roles.ADMIN.equals(a.getGroupId()))
        .toList();
    for (Authorization authorization : broad) {
      authorization.removePermission(TaskPermissions.UPDATE);
      authorization.addPermission(TaskPermissions.TASK_WORK);
      authorizationService.saveAuthorization(authorization);
    }
    if (!broad.isEmpty()) {
      LOG.info("{} Aufgaben-Berechtigungen von UPDATE auf TASK_WORK eingeschränkt", broad.size());
    }
  }

  private void ensureGroup(String id, String name, String type) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      Group group = identityService.newGroup(id);
      group.setName(name);
      group.setType(type);
      identityService.saveGroup(group);
    }
  }

  private void ensureTenant(String id, String name) {
    if (identityService.createTenantQuery().tenantId(id).count() == 0) {
      var tenant = identityService.newTenant(id);
      tenant.setName(name);
      identityService.saveTenant(tenant);
    }
  }

  private void ensureGroupInTenant(String groupId, String tenantId) {
    if (identityService.createTenantQuery().groupMember(groupId).tenantId(tenantId).count() == 0) {
      identityService.createTenantGroupMembership(tenantId, groupId);
    }
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizationOf(groupId, resource, resourceId);
    boolean changed = authorization.getId() == null;
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizationService.saveAuthorization(authorization);
    }
  }

  /** The group's grant on the resource, or a new one (not yet saved, id null). */
  private Authorization authorizationOf(String groupId, Resource resource, String resourceId) {
    Authorization existing = authorizationService.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId).resourceType(resource)
        .resourceId(resourceId).singleResult();
    if (existing != null) {
      return existing;
    }
    Authorization authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    return authorization;
  }

  /** Like {@link #grant}, but afterwards the authorization holds exactly these permissions. */
  private void grantExactly(String groupId, Resource resource, String resourceId,
      List<Permission> permissions) {
    Authorization authorization = authorizationOf(groupId, resource, resourceId);
    int mask = permissions.stream().mapToInt(Permission::getValue).reduce(0, (a, b) -> a | b);
    if (authorization.getId() != null && authorization instanceof AuthorizationEntity entity
        && entity.getPermissions() == mask) {
      return;
    }
    authorization.setPermissions(permissions.toArray(Permission[]::new));
    authorizationService.saveAuthorization(authorization);
  }

  /**
   * The filters of Tasklist, all sorted by due date, earliest first – the overdue tasks on top,
   * tasks without a due date last (on H2 as on PostgreSQL, see {@code database.H2Settings}). The
   * caseworkers and team leads of a district see their district's tasks, theirs and the overdue
   * ones; administrators, who are in no district group, every district's tasks. Each card shows
   * the case number, the household and the court file number (the filter's variables).
   */
  private void ensureFilters(List<String> districtGroups) {
    ensureFilter(FILTER_DISTRICT_TASKS, -10, "Offene Aufgaben der Fachstelle meines Bezirks",
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks().orderByDueDate().asc(), districtGroups, CARD_VARIABLES);
    ensureFilter(FILTER_MY_TASKS, -5, "Mir zugewiesene Aufgaben",
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}")
            .orderByDueDate().asc(), districtGroups, CARD_VARIABLES);
    ensureFilter(FILTER_OVERDUE, 0, "Aufgaben, deren Frist abgelaufen ist",
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks().dueBeforeExpression("${now()}").orderByDueDate().asc(),
        districtGroups, CARD_VARIABLES);
    List<Map<String, String>> withDistrict = new ArrayList<>(CARD_VARIABLES);
    withDistrict.add(Map.of("name", CaseVariables.DISTRICT, "label", "Bezirk"));
    ensureFilter(FILTER_ALL_DISTRICTS, -20, "Offene Aufgaben aller Bezirke (Administration)",
        taskService.createTaskQuery().orderByDueDate().asc(), List.of(Roles.ADMIN), withDistrict);
  }

  /** What a task's card in Tasklist shows of its case. */
  static final List<Map<String, String>> CARD_VARIABLES = List.of(
      Map.of("name", CaseVariables.CASE_ID, "label", "Fall"),
      Map.of("name", CaseVariables.HOUSEHOLD_NAME, "label", "Haushalt"),
      Map.of("name", CaseVariables.COURT_FILE_NUMBER, "label", "Aktenzeichen"));

  private void ensureFilter(String name, int priority, String description, TaskQuery query,
      List<String> readers, List<Map<String, String>> variables) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("description", description);
      properties.put("priority", priority);
      properties.put("refresh", true);
      properties.put("variables", variables);
      filter = filterService.newTaskFilter(name).setOwner(null).setQuery(query)
          .setProperties(properties);
      filterService.saveFilter(filter);
    }
    for (String group : readers) {
      grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
    }
  }
}
