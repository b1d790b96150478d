package de.berlin.sozwohn.wohnraumerhalt.cockpit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.berlin.sozwohn.wohnraumerhalt.flow.FlowNotFoundException;
import de.berlin.sozwohn.wohnraumerhalt.flow.FlowService;
import de.berlin.sozwohn.wohnraumerhalt.indicators.KpiAccessDeniedException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * The plugin's REST root under {@code /camunda/api/cockpit/plugin/wohnraumerhalt/}: its static
 * assets ({@code static/app/plugin.js}, inherited) and the data of its pages, for the user logged
 * in to the webapp (Camunda's webapp security lets only logged-in users reach
 * {@code {engine}/…}). JAX-RS creates this class, not Spring: the services come from the web
 * application context. Answers are JSON; refusals, unknown instances and bad input a small problem
 * object {@code {status, title, detail}} in German (403, 404, 400).
 *
 * <p>Pages: "Kennzahlen" and "Personalbedarf" ({@link CockpitReports}); the history views that the
 * Community Edition lacks – diagram overlays, bottlenecks, ended instances and their timeline –
 * from {@link FlowService}, with its access rules ({@code flow.FlowAccess}).
 */
@Path("plugin/" + WohnraumerhaltCockpitPlugin.ID)
public class CockpitPluginResource extends AbstractCockpitPluginRootResource {

  private static final String APP = "cockpit";

  public CockpitPluginResource() {
    super(WohnraumerhaltCockpitPlugin.ID);
  }

  /** {@code GET {engine}/kennzahlen[?district=ID]}: the last half-years' indicators. */
  @GET
  @Path("{engineName}/kennzahlen")
  public Response indicators(@PathParam("engineName") String engineName,
      @QueryParam("district") String district) {
    return answer(engineName, groups -> reports().indicators(groups, district));
  }

  /**
   * {@code GET {engine}/personalbedarf?from=…&to=…[&district=ID][&casesPerYear=N]}: the PPBE
   * report; without a period the current calendar year up to today.
   */
  @GET
  @Path("{engineName}/personalbedarf")
  public Response staffing(@PathParam("engineName") String engineName,
      @QueryParam("from") String from, @QueryParam("to") String to,
      @QueryParam("district") String district, @QueryParam("casesPerYear") String casesPerYear) {
    return answer(engineName, groups -> {
      CockpitReports reports = reports();
      LocalDate today = reports.today();
      LocalDate start = date("Beginn", from, LocalDate.of(today.getYear(), 1, 1));
      LocalDate end = date("Ende", to, today);
      return reports.staffing(groups, start, end, district, cases(casesPerYear));
    });
  }

  /**
   * {@code GET {engine}/verlauf?processKey=…&from=…&to=…[&district=ID]}: the history overlays of
   * the process diagram ({@link de.berlin.sozwohn.wohnraumerhalt.flow.FlowOverview}); without a
   * period the last 12 months up to today.
   */
  @GET
  @Path("{engineName}/verlauf")
  public Response flowOverview(@PathParam("engineName") String engineName,
      @QueryParam("processKey") String processKey, @QueryParam("from") String from,
      @QueryParam("to") String to, @QueryParam("district") String district) {
    return answer(engineName, groups -> flows().overview(groups, processKey,
        date("Beginn", from, null), date("Ende", to, null), district));
  }

  /**
   * {@code GET {engine}/engpaesse?processKey=…[&district=ID]}: open tasks by age, the longest
   * waiting ones and the escalations of the last 12 months
   * ({@link de.berlin.sozwohn.wohnraumerhalt.flow.Bottlenecks}).
   */
  @GET
  @Path("{engineName}/engpaesse")
  public Response bottlenecks(@PathParam("engineName") String engineName,
      @QueryParam("processKey") String processKey, @QueryParam("district") String district) {
    return answer(engineName, groups -> flows().bottlenecks(groups, processKey, district));
  }

  /**
   * {@code GET {engine}/faelle?processKey&from&to&district&outcome&endEvent&deadlineMissed&page
   * &size}: one page of the instances ended in the period
   * ({@link de.berlin.sozwohn.wohnraumerhalt.flow.FinishedCases}).
   */
  @GET
  @Path("{engineName}/faelle")
  public Response finishedCases(@PathParam("engineName") String engineName,
      @QueryParam("processKey") String processKey, @QueryParam("from") String from,
      @QueryParam("to") String to, @QueryParam("district") String district,
      @QueryParam("outcome") String outcome, @QueryParam("endEvent") String endEvent,
      @QueryParam("deadlineMissed") String deadlineMissed, @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return answer(engineName, groups -> flows().finished(groups, new FlowService.FinishedFilter(
        processKey, date("Beginn", from, null), date("Ende", to, null), district, outcome,
        endEvent, flag("Frist versäumt", deadlineMissed), number("Seite", page, 0),
        number("Seitengröße", size, 0))));
  }

  /**
   * {@code GET {engine}/faelle/{processInstanceId}/verlauf}: the timeline of one instance, running
   * or ended ({@link de.berlin.sozwohn.wohnraumerhalt.flow.Timeline}); 404 when unknown.
   */
  @GET
  @Path("{engineName}/faelle/{processInstanceId}/verlauf")
  public Response timeline(@PathParam("engineName") String engineName,
      @PathParam("processInstanceId") String processInstanceId) {
    return answer(engineName, groups -> flows().timeline(groups, processInstanceId));
  }

  private Response answer(String engineName, Function<List<String>, Object> work) {
    UserAuthentication user = user(engineName);
    if (user == null) {
      return problem(Status.UNAUTHORIZED, "Nicht angemeldet", "Bitte melden Sie sich an.");
    }
    if (!user.isAuthorizedForApp(APP)) {
      return problem(Status.FORBIDDEN, "Keine Berechtigung", "Kein Zugang zur Prozessübersicht.");
    }
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    try {
      return json(Status.OK, work.apply(groups));
    } catch (KpiAccessDeniedException e) {
      return problem(Status.FORBIDDEN, "Keine Berechtigung", e.detail() != null ? e.detail()
          : "Diese Kennzahlen sehen Sie nicht" + (e.district() == null ? "."
              : " (Bezirk „" + e.district() + "“)."));
    } catch (FlowNotFoundException e) {
      return problem(Status.NOT_FOUND, "Nicht gefunden",
          "Einen Prozess mit der Kennung „" + e.processInstanceId() + "“ gibt es nicht.");
    } catch (IllegalArgumentException e) {
      return problem(Status.BAD_REQUEST, "Ungültige Eingabe", e.getMessage());
    }
  }

  private static UserAuthentication user(String engineName) {
    Authentications authentications = Authentications.getCurrent();
    if (authentications == null) {
      return null;
    }
    Authentication authentication = authentications.getAuthenticationForProcessEngine(engineName);
    return authentication instanceof UserAuthentication user ? user : null;
  }

  private static LocalDate date(String name, String value, LocalDate fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + " des Zeitraums ist kein Datum im Format "
          + "JJJJ-MM-TT: „" + value + "“.");
    }
  }

  private static Boolean flag(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw new IllegalArgumentException(name + " muss true oder false sein: „"
          + value + "“.");
    };
  }

  private static int number(String name, String value, int fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " muss eine ganze Zahl sein: „" + value + "“.");
    }
  }

  private static Double cases(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Double.valueOf(value.trim().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Die Fallzahl pro Jahr muss eine Zahl ab 0 sein: „"
          + value + "“.");
    }
  }

  private Response problem(Status status, String title, String detail) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status.getStatusCode());
    body.put("title", title);
    body.put("detail", detail);
    return json(status, body);
  }

  /** Written with the application's mapper (Java time types as ISO strings). */
  private Response json(Status status, Object body) {
    try {
      return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
          .entity(spring().getBean(ObjectMapper.class).writeValueAsString(body)).build();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private CockpitReports reports() {
    return spring().getBean(CockpitReports.class);
  }

  private FlowService flows() {
    return spring().getBean(FlowService.class);
  }

  private WebApplicationContext spring() {
    return WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext);
  }
}
