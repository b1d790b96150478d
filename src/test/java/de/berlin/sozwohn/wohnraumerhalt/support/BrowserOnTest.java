package de.berlin.sozwohn.wohnraumerhalt.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The life of a test's Tasklist browser: {@code @RegisterExtension final BrowserOnTest browsers =
 * new BrowserOnTest();}, then {@code browsers.start(…)} in the test. On a failure it keeps a
 * screenshot of what the browser showed ({@code failed-<test>.png}); after each test it closes it.
 */
public final class BrowserOnTest implements AfterTestExecutionCallback, AfterEachCallback {

  private TasklistBrowser browser;

  /** A logged-out Chromium on Tasklist of this server, closed after the test. */
  public TasklistBrowser start(int port, String engine, int width, int height) {
    browser = TasklistBrowser.start(port, engine, width, height);
    return browser;
  }

  @Override
  public void afterTestExecution(ExtensionContext context) throws Exception {
    if (context.getExecutionException().isPresent() && browser != null) {
      browser.screenshot("failed-" + context.getRequiredTestMethod().getName() + ".png");
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }
}
