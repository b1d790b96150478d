package de.berlin.sozwohn.wohnraumerhalt.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class LetterRendererTest {

  static final LetterRenderer RENDERER = new LetterRenderer();

  @Test
  void courtLetterSaysWhatHappenedAndOffersTheAppointment() throws IOException {
    byte[] pdf = RENDERER.pdf(LetterFixtures.courtLetter(), LetterFixtures.MITTE);
    dump("court-letter", pdf);

    String text = text(pdf);
    assertThat(text).contains("Jürgen Weiß", "Große Hamburger Straße 5", "10115 Berlin")
        .contains("Guten Tag Jürgen Weiß,")
        .contains("das Amtsgericht Mitte hat uns geschrieben")
        .contains("Räumungsklage")
        .contains("Ihr Termin bei uns: Dienstag, 10. März 2026, 10:00 Uhr")
        .contains("12 C 345/26", "MI-2026-00042", "3. März 2026")
        .contains("kostenlos", "vertraulich")
        .contains("Mietvertrag", "Schreiben vom Gericht", "Kontoauszüge", "Bescheide")
        .contains("Mietschuldenübernahme")
        .contains("Bitte melden Sie sich schnell")
        .contains("Telefonsprechstunde: Montag bis Donnerstag 9 bis 15 Uhr, Freitag 9 bis 13 Uhr")
        .contains("030 23125-101", "wohnhilfe@ba-mitte.berlin.example")
        .contains("Offene Sprechstunde Dienstag und Donnerstag, 9 bis 12 Uhr")
        .contains("Bezirksamt Mitte von Berlin", "Karl-Marx-Allee 31, 10178 Berlin")
        .doesNotContain("Gerichtsvollzieher");
  }

  @Test
  void courtLetterNamesTheEndOfTheSchonfristWhenTheDayOfServiceIsKnown() throws IOException {
    LetterData data = LetterFixtures.courtLetter();
    // served on Friday 13 March 2026: two months later is Wednesday 13 May 2026
    LetterData served = withServiceAndContact(data, LocalDate.of(2026, 3, 13), null);
    String text = text(RENDERER.pdf(served, LetterFixtures.MITTE));
    assertThat(text).contains("Wichtig: die Frist für Ihre Mietschulden")
        .contains("Bis zum Mittwoch, 13. Mai 2026")
        .contains("Schonfrist (§ 569 Absatz 3 Nummer 2")
        .doesNotContain("Zwei Monate nach der Zustellung der Klage");

    String general = text(RENDERER.pdf(data, LetterFixtures.MITTE));
    assertThat(general).contains("Zwei Monate nach der Zustellung der Klage")
        .contains("Schonfrist (§ 569 Absatz 3 Nummer 2")
        .doesNotContain("Bis zum ");
  }

  @Test
  void theSenderIsNamedAsContactAndTheDataProtectionNoticeLinksTheDistrictsFullNotice()
      throws IOException {
    LetterData data = withServiceAndContact(LetterFixtures.courtLetter(), null,
        new ContactPerson("Fatma Kaya", "030 23125-201", "2.014"));
    String text = text(RENDERER.pdf(data, LetterFixtures.MITTE));
    assertThat(text).contains("Ihre Ansprechperson", "Fatma Kaya", "Telefon: 030 23125-201",
        "Zimmer: 2.014");
    assertThat(text).contains("Datenschutz", "Verantwortlich ist das Bezirksamt Mitte von Berlin",
        "https://ba-mitte.berlin.example/datenschutz/fachstelle");

    LetterData nameOnly = withServiceAndContact(LetterFixtures.courtLetter(), null,
        new ContactPerson("Fatma Kaya", null, null));
    assertThat(text(RENDERER.pdf(nameOnly, LetterFixtures.MITTE))).contains("Fatma Kaya")
        .doesNotContain("Zimmer:");
    assertThat(text(RENDERER.pdf(LetterFixtures.courtLetter(), LetterFixtures.MITTE)))
        .doesNotContain("Ihre Ansprechperson");
    assertThat(text(RENDERER.pdf(LetterFixtures.evictionLetter(), LetterFixtures.MITTE)))
        .contains("Datenschutz", "https://ba-mitte.berlin.example/datenschutz/fachstelle");
  }

  private static LetterData withServiceAndContact(LetterData d, LocalDate servedOn,
      ContactPerson contact) {
    return new LetterData(d.kind(), d.caseId(), d.district(), d.householdName(),
        d.householdStreet(), d.householdPostalCode(), d.householdCity(), d.court(),
        d.courtFileNumber(), d.appointmentAt(), d.bailiffReference(), d.evictionAt(),
        d.letterDate(), d.openConsultationDates(), servedOn, contact);
  }

  @Test
  void evictionLetterOffersTheOpenConsultationBeforeTheEvictionDate() throws IOException {
    byte[] pdf = RENDERER.pdf(LetterFixtures.evictionLetter(), LetterFixtures.MITTE);
    dump("eviction-letter", pdf);

    String text = text(pdf);
    assertThat(text).contains("Guten Tag Jürgen Weiß,", "Große Hamburger Straße 5")
        .contains("die Gerichtsvollzieherin oder der Gerichtsvollzieher hat uns informiert")
        .contains("Der Termin ist am Dienstag, 12. Mai 2026, 09:00 Uhr")
        .contains("Räumungstermin: Dienstag, 12. Mai 2026, 09:00 Uhr")
        .contains("Kommen Sie in unsere offene Sprechstunde: Dienstag und Donnerstag, 9 bis 12 Uhr")
        .contains("Donnerstag, 30. April 2026", "Dienstag, 5. Mai 2026", "Donnerstag, 7. Mai 2026")
        .contains("Sie brauchen keinen Termin")
        .contains("DR II 123/26", "28. April 2026")
        .contains("kostenlos", "vertraulich", "Mietschuldenübernahme")
        .contains("Mietvertrag", "Kontoauszüge", "Bescheide")
        .contains("Bitte handeln Sie sofort")
        .contains("Telefonsprechstunde: Montag bis Donnerstag 9 bis 15 Uhr, Freitag 9 bis 13 Uhr");
  }

  @Test
  void theFontIsEmbeddedAndTheDocumentIsTaggedInGerman() throws IOException {
    for (LetterData data : List.of(LetterFixtures.courtLetter(), LetterFixtures.evictionLetter())) {
      try (PDDocument document = Loader.loadPDF(RENDERER.pdf(data, LetterFixtures.MITTE))) {
        List<PDFont> fonts = fonts(document);
        assertThat(fonts).isNotEmpty();
        assertThat(fonts).allSatisfy(font -> {
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
          assertThat(font.getName()).contains("DejaVuSans");
        });
        assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("de");
        assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
        assertThat(document.getDocumentInformation().getTitle())
            .isEqualTo(data.kind().title() + " – MI-2026-00042");
      }
    }
  }

  @Test
  void householdDataIsTextNotMarkup() throws IOException {
    LetterData data = LetterFixtures.courtLetter();
    LetterData tricky = new LetterData(data.kind(), data.caseId(), data.district(),
        "Müller & Söhne <b>GbR</b>", "Straße \"Am Hang\" 1", data.householdPostalCode(), data.householdCity(),
        data.court(), data.courtFileNumber(), data.appointmentAt(), null, null, data.letterDate(), List.of());
    assertThat(RENDERER.html(tricky, LetterFixtures.MITTE)).contains("Müller &amp; Söhne &lt;b&gt;GbR&lt;/b&gt;");
    assertThat(text(RENDERER.pdf(tricky, LetterFixtures.MITTE)))
        .contains("Guten Tag Müller & Söhne <b>GbR</b>,", "Straße \"Am Hang\" 1");
  }

  @Test
  void withoutCourtTheLetterStillReads() throws IOException {
    LetterData data = LetterFixtures.courtLetter();
    LetterData noCourt = new LetterData(data.kind(), data.caseId(), data.district(), data.householdName(),
        data.householdStreet(), data.householdPostalCode(), data.householdCity(), null, null,
        data.appointmentAt(), null, null, data.letterDate(), List.of());
    String text = text(RENDERER.pdf(noCourt, LetterFixtures.MITTE));
    assertThat(text).contains("das Amtsgericht hat uns geschrieben").doesNotContain("Aktenzeichen Gericht");
  }

  @Test
  void aLetterWithoutAppointmentIsRefused() {
    LetterData data = LetterFixtures.courtLetter();
    LetterData noAppointment = new LetterData(data.kind(), data.caseId(), data.district(), data.householdName(),
        data.householdStreet(), data.householdPostalCode(), data.householdCity(), data.court(),
        data.courtFileNumber(), null, null, null, data.letterDate(), List.of());
    assertThatThrownBy(() -> RENDERER.pdf(noAppointment, LetterFixtures.MITTE))
        .isInstanceOf(LetterDataIncompleteException.class)
        .hasMessageContaining("Standardanschreiben")
        .hasMessageContaining("appointmentAt");
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(document).replaceAll("\\s+", " ");
    }
  }

  static List<PDFont> fonts(PDDocument document) throws IOException {
    List<PDFont> fonts = new ArrayList<>();
    for (PDPage page : document.getPages()) {
      PDResources resources = page.getResources();
      for (COSName name : resources.getFontNames()) {
        fonts.add(resources.getFont(name));
      }
    }
    return fonts;
  }

  /** Keeps the rendered letters under target/letters for a look (PDF and a PNG of each page). */
  private static void dump(String name, byte[] pdf) throws IOException {
    Path dir = Path.of("target", "letters");
    Files.createDirectories(dir);
    Files.write(dir.resolve(name + ".pdf"), pdf);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFRenderer renderer = new PDFRenderer(document);
      for (int i = 0; i < document.getNumberOfPages(); i++) {
        BufferedImage image = renderer.renderImageWithDPI(i, 80);
        ImageIO.write(image, "png", dir.resolve(name + "-" + (i + 1) + ".png").toFile());
      }
    }
  }
}
