package de.berlin.sozwohn.wohnraumerhalt.letters;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import de.berlin.sozwohn.wohnraumerhalt.Districts;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a letter: Mustache template (HTML/CSS under {@code letters/}) → XHTML → PDF with
 * openhtmltopdf. The PDF embeds DejaVu Sans (shipped under {@code fonts/}), is tagged for screen
 * readers (PDF/UA) and loads nothing from outside. Thread-safe; templates and fonts are read once.
 */
public class LetterRenderer {

  static final String FONT_FAMILY = "DejaVu Sans";
  private static final String TEMPLATE_DIR = "letters/";

  private final Mustache.Compiler compiler;
  private final Map<LetterKind, Template> templates = new EnumMap<>(LetterKind.class);
  private final byte[] regularFont;
  private final byte[] boldFont;

  public LetterRenderer() {
    compiler = Mustache.compiler()
        .escapeHTML(true)
        .emptyStringIsFalse(true)
        .strictSections(true)
        .withLoader(name -> new StringReader(resource(TEMPLATE_DIR + (name.contains(".") ? name : name + ".html"))));
    for (LetterKind kind : LetterKind.values()) {
      templates.put(kind, compiler.compile(resource(TEMPLATE_DIR + kind.template() + ".html")));
    }
    regularFont = bytes("fonts/DejaVuSans.ttf");
    boldFont = bytes("fonts/DejaVuSans-Bold.ttf");
  }

  /** The letter as XHTML (what {@link #pdf} renders). */
  public String html(LetterData data, DistrictOffice office) {
    data.requireComplete();
    return templates.get(data.kind()).execute(model(data, office));
  }

  /** The letter as PDF. */
  public byte[] pdf(LetterData data, DistrictOffice office) {
    String html = html(data, office);
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFont(() -> new ByteArrayInputStream(regularFont), FONT_FAMILY, 400, FontStyle.NORMAL, true);
      builder.useFont(() -> new ByteArrayInputStream(boldFont), FONT_FAMILY, 700, FontStyle.NORMAL, true);
      builder.usePdfUaAccessibility(true);
      builder.useExternalResourceAccessControl((uri, type) -> false,
          ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
      builder.useExternalResourceAccessControl((uri, type) -> false,
          ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
      builder.withProducer("Wohnraumerhalt");
      builder.withHtmlContent(html, null);
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("PDF des Anschreibens konnte nicht erzeugt werden", e);
    }
    return out.toByteArray();
  }

  Map<String, Object> model(LetterData data, DistrictOffice office) {
    Map<String, Object> officeModel = new LinkedHashMap<>();
    officeModel.put("letterhead", office.letterhead());
    officeModel.put("letterheadFirst", office.letterhead().get(0));
    officeModel.put("districtName", Districts.displayName(data.district()).orElse(data.district()));
    officeModel.put("street", office.street());
    officeModel.put("postalCode", office.postalCode());
    officeModel.put("city", office.city());
    officeModel.put("phone", office.phone());
    officeModel.put("email", office.email());
    officeModel.put("phoneHours", office.phoneHours());
    officeModel.put("openConsultationHours", office.openConsultationHours());

    Map<String, Object> household = new LinkedHashMap<>();
    household.put("name", data.householdName());
    household.put("street", data.householdStreet());
    household.put("postalCode", data.householdPostalCode());
    household.put("city", data.householdCity());

    List<String> consultationDates = data.openConsultationDates().stream().map(GermanDates::weekdayDate).toList();
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", data.kind().title() + " – " + nonNull(data.caseId()));
    model.put("office", officeModel);
    model.put("household", household);
    model.put("caseId", nonNull(data.caseId()));
    model.put("court", nonNull(data.court()));
    model.put("courtFileNumber", nonNull(data.courtFileNumber()));
    model.put("bailiffReference", nonNull(data.bailiffReference()));
    model.put("letterDate", GermanDates.date(data.letterDate()));
    model.put("appointment", data.appointmentAt() == null ? "" : GermanDates.weekdayDateTime(data.appointmentAt()));
    model.put("eviction", data.evictionAt() == null ? "" : GermanDates.weekdayDateTime(data.evictionAt()));
    model.put("consultationDates", consultationDates);
    model.put("hasConsultationDates", !consultationDates.isEmpty());
    return model;
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }

  private static String resource(String path) {
    return new String(bytes(path), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String path) {
    try (InputStream in = LetterRenderer.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Ressource fehlt: " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Ressource nicht lesbar: " + path, e);
    }
  }
}
