package de.berlin.sozwohn.wohnraumerhalt.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * {@code mvn -Pbench test -Dtest=LetterBenchmark} (never part of {@code mvn test}): letters per
 * second of {@link LetterRenderer#pdf}, one thread and as many threads as cores, after a warm-up,
 * and the CPU milliseconds per letter: the rendering threads' own and the whole JVM's (with garbage
 * collection and JIT), both less disturbed by other processes on a shared machine than wall time. Prints the figures; asserts only that every letter
 * is a PDF. Also runnable as a plain
 * {@code main} (for Java Flight Recorder): {@code java -cp … LetterBenchmark [letters]}.
 */
class LetterBenchmark {

  private static final int WARMUP = 300;

  @Test
  void lettersPerSecond() throws Exception {
    run(Integer.getInteger("letters", 1000));
  }

  public static void main(String[] args) throws Exception {
    run(args.length > 0 ? Integer.parseInt(args[0]) : 1000);
  }

  static void run(int letters) throws Exception {
    long t0 = System.nanoTime();
    LetterRenderer renderer = new LetterRenderer();
    byte[] first = renderer.pdf(LetterFixtures.courtLetter(), LetterFixtures.MITTE);
    System.out.printf("letters: constructor + first letter %.0f ms, %d bytes%n", (System.nanoTime() - t0) / 1e6,
        first.length);
    render(renderer, WARMUP, 1);
    int cores = Runtime.getRuntime().availableProcessors();
    for (int threads : threads(cores)) {
      long start = System.nanoTime();
      long process0 = processCpuNanos();
      long[] bytesAndCpu = render(renderer, letters, threads);
      double seconds = (System.nanoTime() - start) / 1e9;
      double processMs = (processCpuNanos() - process0) / 1e6;
      System.out.printf("letters: %d threads, %d letters in %.2f s = %.1f letters/s, CPU per letter %.1f ms in"
          + " the rendering threads, %.1f ms in the whole JVM (with GC and JIT), %d bytes avg%n", threads,
          letters, seconds, letters / seconds, bytesAndCpu[1] / 1e6 / letters, processMs / letters,
          bytesAndCpu[0] / letters);
    }
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static List<Integer> threads(int cores) {
    return cores > 1 ? List.of(1, cores) : List.of(1);
  }

  /**
   * Renders {@code count} letters (court and eviction alternately) on {@code threads} threads;
   * returns the PDF bytes and the threads' CPU nanoseconds.
   */
  private static long[] render(LetterRenderer renderer, int count, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      ThreadMXBean mx = ManagementFactory.getThreadMXBean();
      List<Future<long[]>> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int share = count / threads + (t < count % threads ? 1 : 0);
        parts.add(pool.submit(() -> {
          long cpu0 = mx.getCurrentThreadCpuTime();
          long bytes = 0;
          for (int i = 0; i < share; i++) {
            LetterData data = i % 2 == 0 ? LetterFixtures.courtLetter() : LetterFixtures.evictionLetter();
            byte[] pdf = renderer.pdf(data, LetterFixtures.MITTE);
            assertThat(pdf).startsWith("%PDF".getBytes());
            bytes += pdf.length;
          }
          return new long[] {bytes, mx.getCurrentThreadCpuTime() - cpu0};
        }));
      }
      long[] sum = new long[2];
      for (Future<long[]> part : parts) {
        sum[0] += part.get()[0];
        sum[1] += part.get()[1];
      }
      return sum;
    } finally {
      pool.shutdown();
    }
  }
}
