package de.berlin.sozwohn.wohnraumerhalt.letters;

import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.util.LogMessageId.LogMessageId0Param;
import com.openhtmltopdf.util.XRLog;
import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The PDF renderer logs through Spring's logging, at the level application.yaml gives it
 * ({@code logging.level.com.openhtmltopdf: WARN}): rendering a letter writes no line of its own –
 * before, openhtmltopdf's own console handler wrote every font load and stylesheet to stderr.
 */
@AppTest
@ExtendWith(OutputCaptureExtension.class)
class LetterRendererLoggingTest {

  @Autowired LetterRenderer renderer;

  @Test
  void rendersALetterWithoutTheRenderersInfoChatterButKeepsItsWarnings(CapturedOutput output) {
    byte[] pdf = renderer.pdf(LetterFixtures.courtLetter(), LetterFixtures.MITTE);
    byte[] eviction = renderer.pdf(LetterFixtures.evictionLetter(), LetterFixtures.MITTE);

    assertThat(pdf).isNotEmpty();
    assertThat(eviction).isNotEmpty();
    assertThat(XRLog.getLoggerImpl()).isInstanceOf(LetterRenderer.RendererLog.class);
    assertThat(LoggerFactory.getLogger("com.openhtmltopdf.load").isInfoEnabled()).isFalse();
    assertThat(output.getAll()).doesNotContain("com.openhtmltopdf").doesNotContain("Loading font");

    // a warning of the renderer still reaches the log, through Spring's pattern (level, logger)
    XRLog.log(Level.WARNING, LogMessageId0Param.RENDER_FONT_LIST_IS_EMPTY);
    String message = LogMessageId0Param.RENDER_FONT_LIST_IS_EMPTY.getMessageFormat();
    assertThat(output.getAll().lines().filter(line -> line.contains(message)))
        .singleElement().satisfies(line -> assertThat(line)
            .containsPattern(" WARN \\d+ --- .*com\\.openhtmltopdf\\.render"));
  }
}
