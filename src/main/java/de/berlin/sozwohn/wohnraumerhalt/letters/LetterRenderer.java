package de.berlin.sozwohn.wohnraumerhalt.letters;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import de.berlin.sozwohn.wohnraumerhalt.Districts;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
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
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Level;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders a letter: Mustache template (HTML/CSS under {@code letters/}) → XHTML → PDF with
 * openhtmltopdf. The PDF embeds DejaVu Sans (shipped under {@code fonts/}), is tagged for screen
 * readers (PDF/UA-1) and archivable (PDF/A-2a) – both checked by veraPDF in the tests ({@code
 * LetterConformanceTest}) – and loads nothing from outside. Thread-safe; templates are compiled
 * once.
 *
 * <p>Fonts are parsed once, not per letter: parsing the two DejaVu files took about a third of a
 * letter's CPU time (docs/performance.md). A parsed {@link TrueTypeFont} is not documented as safe
 * for concurrent use, so each letter borrows a parsed pair from a small pool for the time of its
 * rendering and gives it back; the pool holds as many pairs as letters were ever rendered at the
 * same time. Each letter gets fresh {@link PDType0Font}s for its own {@link PDDocument} (embedded
 * as subsets, as before).
 *
 * <p>openhtmltopdf logs through its own {@link XRLog}, by default to {@code java.util.logging}
 * loggers it sets to INFO and gives a console handler of their own: every font load and
 * stylesheet of every letter went to the console, past Spring's logging and its levels. This class
 * routes XRLog to SLF4J ({@link RendererLog}), so {@code logging.level.com.openhtmltopdf} (WARN in
 * application.yaml) applies.
 */
public class LetterRenderer {

  static {
    XRLog.setLoggerImpl(new RendererLog());
  }

  static final String FONT_FAMILY = "DejaVu Sans";
  /** The output intent PDF/A asks for: the JDK's own sRGB profile, nothing fetched. */
  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
  private static final String TEMPLATE_DIR = "letters/";

  private final Mustache.Compiler compiler;
  private final Map<LetterKind, Template> templates = new EnumMap<>(LetterKind.class);
  private final byte[] regularFont;
  private final byte[] boldFont;
  private final Queue<ParsedFonts> fonts = new ConcurrentLinkedQueue<>();

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
    fonts.add(parseFonts());
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
    ParsedFonts parsed = borrowFonts();
    // the renderer closes the document after saving it; the try closes it when loading fails
    try (PDDocument document = new PDDocument()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.usePDDocument(document);
      builder.useFont(new PDFontSupplier(PDType0Font.load(document, parsed.regular(), true)),
          FONT_FAMILY, 400, FontStyle.NORMAL, true);
      builder.useFont(new PDFontSupplier(PDType0Font.load(document, parsed.bold(), true)),
          FONT_FAMILY, 700, FontStyle.NORMAL, true);
      builder.usePdfUaAccessibility(true);
      // PDF/A-2a for the e-file (Digitale Akte): fonts embedded, sRGB output intent, tagged
      builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_A);
      builder.useColorProfile(SRGB);
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
    } finally {
      fonts.add(parsed);
    }
    return out.toByteArray();
  }

  /** Number of parsed font pairs in the pool (for tests: it grows only with concurrent letters). */
  int pooledFonts() {
    return fonts.size();
  }

  private ParsedFonts borrowFonts() {
    ParsedFonts parsed = fonts.poll();
    return parsed != null ? parsed : parseFonts();
  }

  private ParsedFonts parseFonts() {
    try {
      return new ParsedFonts(parse(regularFont), parse(boldFont));
    } catch (IOException e) {
      throw new UncheckedIOException("Schrift des Anschreibens nicht lesbar", e);
    }
  }

  private static TrueTypeFont parse(byte[] font) throws IOException {
    return new TTFParser().parse(new RandomAccessReadBuffer(font));
  }

  /** DejaVu Sans regular and bold, parsed; used by one letter at a time. */
  private record ParsedFonts(TrueTypeFont regular, TrueTypeFont bold) {}

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
    officeModel.put("privacyNoticeUrl", office.privacyNoticeUrl());

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
    model.put("schonfrist", data.schonfristEndsOn().map(GermanDates::weekdayDate).orElse(""));
    model.put("contact", data.contact() == null ? false : contact(data.contact()));
    return model;
  }

  private static Map<String, Object> contact(ContactPerson contact) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("name", contact.name());
    model.put("phone", nonNull(contact.phone()));
    model.put("room", nonNull(contact.room()));
    return model;
  }

  /**
   * openhtmltopdf's log messages as SLF4J log events under the renderer's logger names ({@code
   * com.openhtmltopdf.load}, {@code ….general}, …); the levels are Spring's. JUL levels map as
   * SLF4J's own bridge maps them: SEVERE error, WARNING warn, INFO info, CONFIG and FINE debug,
   * below trace.
   */
  static final class RendererLog implements XRLogger {

    @Override
    public void log(String where, Level level, String msg) {
      log(where, level, msg, null);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
      Logger logger = LoggerFactory.getLogger(where);
      int value = level.intValue();
      if (value >= Level.SEVERE.intValue()) {
        logger.error(msg, th);
      } else if (value >= Level.WARNING.intValue()) {
        logger.warn(msg, th);
      } else if (value >= Level.INFO.intValue()) {
        logger.info(msg, th);
      } else if (value >= Level.FINE.intValue()) {
        logger.debug(msg, th);
      } else {
        logger.trace(msg, th);
      }
    }

    /** Levels come from Spring's logging configuration, not from the renderer. */
    @Override
    public void setLevel(String logger, Level level) {}

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
      Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
      int value = diagnostic.getLevel().intValue();
      if (value >= Level.SEVERE.intValue()) {
        return logger.isErrorEnabled();
      } else if (value >= Level.WARNING.intValue()) {
        return logger.isWarnEnabled();
      } else if (value >= Level.INFO.intValue()) {
        return logger.isInfoEnabled();
      } else if (value >= Level.FINE.intValue()) {
        return logger.isDebugEnabled();
      }
      return logger.isTraceEnabled();
    }
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
