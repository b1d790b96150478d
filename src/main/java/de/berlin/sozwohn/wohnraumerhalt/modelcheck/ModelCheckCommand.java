package de.berlin.sozwohn.wohnraumerhalt.modelcheck;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.model.xml.ModelException;

/**
 * The model check as a command for consultants, without starting the application:
 * {@code java -jar wohnraumerhalt.jar --check-models=bpmn/} (a file or a folder, searched for
 * {@code *.bpmn}). Prints the German findings; exit code 0 when no file has errors (warnings are
 * allowed), 1 when one has errors or cannot be read, 2 on a usage error.
 */
public final class ModelCheckCommand {

  public static final String OPTION = "--check-models";
  public static final int OK = 0;
  public static final int ERRORS = 1;
  public static final int USAGE = 2;

  private ModelCheckCommand() {}

  /** The value of {@code --check-models=<path>} (or {@code --check-models <path>}), if given. */
  public static Optional<String> target(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].startsWith(OPTION + "=")) {
        return Optional.of(args[i].substring(OPTION.length() + 1));
      }
      if (args[i].equals(OPTION)) {
        return Optional.of(i + 1 < args.length ? args[i + 1] : "");
      }
    }
    return Optional.empty();
  }

  /** Runs the check on stdout (UTF-8) and returns the exit code. */
  public static int run(String target) {
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true,
        StandardCharsets.UTF_8);
    return run(target, out);
  }

  public static int run(String target, PrintStream out) {
    if (target == null || target.isBlank()) {
      out.println("Aufruf: java -jar wohnraumerhalt.jar " + OPTION + "=<Datei.bpmn oder Ordner>");
      return USAGE;
    }
    Path path = Path.of(target);
    out.println("Modellprüfung nach der Berliner Modellierungskonvention: " + path);
    List<Path> files;
    try {
      files = files(path);
    } catch (IOException e) {
      out.println("FEHLER " + path + " kann nicht gelesen werden: " + e.getMessage());
      return ERRORS;
    }
    if (files.isEmpty()) {
      out.println("FEHLER " + (Files.exists(path) ? "In " + path + " liegen keine .bpmn-Dateien."
          : path + " gibt es nicht."));
      return ERRORS;
    }
    ModelChecker checker = new ModelChecker();
    int errors = 0;
    int warnings = 0;
    for (Path file : files) {
      out.println();
      List<Finding> findings;
      try (InputStream in = Files.newInputStream(file)) {
        findings = checker.check(in);
      } catch (IOException | ModelException e) {
        out.println(file + ": FEHLER – keine lesbare BPMN-2.0-Datei: " + rootMessage(e));
        errors++;
        continue;
      }
      long fileErrors = findings.stream().filter(Finding::isError).count();
      long fileWarnings = findings.size() - fileErrors;
      errors += (int) fileErrors;
      warnings += (int) fileWarnings;
      out.println(file + ": " + fileErrors + " Fehler, " + warnings(fileWarnings));
      findings.stream()
          .sorted(Comparator.comparing(Finding::severity))
          .forEach(f -> out.println("  " + f.toGermanWithExplanation()));
    }
    out.println();
    out.println("Ergebnis: " + files.size() + (files.size() == 1 ? " Datei" : " Dateien")
        + " geprüft, " + errors + " Fehler, " + warnings(warnings) + " – "
        + (errors == 0 ? "in Ordnung." : "bitte die Fehler beheben."));
    return errors == 0 ? OK : ERRORS;
  }

  private static String warnings(long count) {
    return count + (count == 1 ? " Warnung" : " Warnungen");
  }

  private static List<Path> files(Path path) throws IOException {
    if (Files.isRegularFile(path)) {
      return List.of(path);
    }
    if (!Files.isDirectory(path)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(path)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().toLowerCase().endsWith(".bpmn"))
          .sorted().toList();
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }

  public static void main(String[] args) {
    System.exit(run(target(args).orElse(args.length > 0 ? args[0] : "")));
  }
}
