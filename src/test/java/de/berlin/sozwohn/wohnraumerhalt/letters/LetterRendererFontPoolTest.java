package de.berlin.sozwohn.wohnraumerhalt.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

/**
 * The renderer parses its fonts once and lends them to one letter at a time: letters rendered one
 * after another reuse one parsed pair, letters rendered at the same time get a pair each, and both
 * read exactly like a letter rendered alone, with the fonts embedded as subsets.
 */
class LetterRendererFontPoolTest {

  @Test
  void lettersOneAfterAnotherReuseTheFontsParsedOnce() throws IOException {
    LetterRenderer renderer = new LetterRenderer();
    assertThat(renderer.pooledFonts()).isEqualTo(1);
    String first = LetterRendererTest.text(renderer.pdf(LetterFixtures.courtLetter(), LetterFixtures.MITTE));
    for (int i = 0; i < 5; i++) {
      byte[] pdf = renderer.pdf(LetterFixtures.courtLetter(), LetterFixtures.MITTE);
      assertThat(LetterRendererTest.text(pdf)).isEqualTo(first);
    }
    assertThat(renderer.pooledFonts()).isEqualTo(1);
  }

  @Test
  void lettersAtTheSameTimeEachReadLikeALetterRenderedAlone() throws Exception {
    LetterRenderer renderer = new LetterRenderer();
    String court = LetterRendererTest.text(new LetterRenderer().pdf(LetterFixtures.courtLetter(), LetterFixtures.MITTE));
    String eviction = LetterRendererTest.text(
        new LetterRenderer().pdf(LetterFixtures.evictionLetter(), LetterFixtures.MITTE));
    int threads = 4;
    int perThread = 6;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<List<byte[]>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        results.add(pool.submit(() -> {
          start.await();
          List<byte[]> pdfs = new ArrayList<>();
          for (int i = 0; i < perThread; i++) {
            pdfs.add(renderer.pdf(i % 2 == 0 ? LetterFixtures.courtLetter() : LetterFixtures.evictionLetter(),
                LetterFixtures.MITTE));
          }
          return pdfs;
        }));
      }
      start.countDown();
      for (Future<List<byte[]>> result : results) {
        List<byte[]> pdfs = result.get(5, TimeUnit.MINUTES);
        for (int i = 0; i < pdfs.size(); i++) {
          byte[] pdf = pdfs.get(i);
          assertThat(LetterRendererTest.text(pdf)).isEqualTo(i % 2 == 0 ? court : eviction);
          assertSubsetFonts(pdf);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    // one parsed pair per letter in flight at most, never one per letter
    assertThat(renderer.pooledFonts()).isBetween(1, threads + 1);
  }

  /** DejaVu Sans regular and bold, each embedded as a subset ("ABCDEF+DejaVuSans…"). */
  private static void assertSubsetFonts(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<PDFont> fonts = LetterRendererTest.fonts(document);
      assertThat(fonts).isNotEmpty().allSatisfy(font -> {
        assertThat(font.isEmbedded()).isTrue();
        assertThat(font.getName()).matches("[A-Z]{6}\\+DejaVuSans(-Bold)?");
      });
    }
    // the full DejaVu Sans is about 740 KB; a subset letter stays far below
    assertThat(pdf.length).isLessThan(150_000);
  }
}
