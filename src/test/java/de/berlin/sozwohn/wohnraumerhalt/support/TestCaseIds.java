package de.berlin.sozwohn.wohnraumerhalt.support;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Case numbers for tests that start instances without the intake. They must fit the registry's
 * 20 characters like real ones ("MI-2026-00001") – an id built from {@code System.nanoTime()} grows
 * with the machine's uptime and failed on a CI host that had run long.
 */
public final class TestCaseIds {

  private static final int MAX_LENGTH = 20;
  private static final String RUN = Long.toString(System.currentTimeMillis(), Character.MAX_RADIX);
  private static final AtomicInteger NEXT = new AtomicInteger();

  private TestCaseIds() {
  }

  /** A case number unique in this test run and across runs on one database: prefix-run-counter. */
  public static String next(String prefix) {
    String id = prefix + "-" + RUN + "-" + NEXT.incrementAndGet();
    if (id.length() > MAX_LENGTH) {
      throw new IllegalStateException("test case number longer than " + MAX_LENGTH + ": " + id);
    }
    return id;
  }
}
