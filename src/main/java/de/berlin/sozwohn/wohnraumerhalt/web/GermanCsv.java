package de.berlin.sozwohn.wohnraumerhalt.web;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A CSV file that a German spreadsheet opens correctly by double-click – the one way this
 * application writes CSV: UTF-8 with a byte order mark (without it Excel reads
 * "TÃ¤tigwerden"), {@code ;} between fields, decimal comma, dates as {@code 30.06.2026}, lines
 * ending CRLF, fields with {@code ;}, quotes or line breaks quoted as RFC 4180 says.
 *
 * <p>Text that a spreadsheet would take for a formula ({@code =}, {@code +}, {@code @}, or
 * {@code -} not followed by a number) gets a leading apostrophe, so free text – a comment sent to
 * the Monitoringstelle – can never run as a formula. Numbers from {@link #number(Number)} are left
 * alone ({@code -0,2}).
 *
 * <pre>
 * GermanCsv csv = new GermanCsv(List.of("Zeitraum von", "Prozent"));
 * csv.row(GermanCsv.date(from), GermanCsv.number(percent));
 * byte[] file = csv.bytes();
 * </pre>
 */
public final class GermanCsv {

  /** The UTF-8 byte order mark, EF BB BF. */
  public static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(,\\d+)?");

  private final int width;
  private final StringBuilder text = new StringBuilder();

  /**
   * @param headings the German column headings, the first line
   */
  public GermanCsv(List<String> headings) {
    if (headings == null || headings.isEmpty()) {
      throw new IllegalArgumentException("A CSV needs at least one heading.");
    }
    this.width = headings.size();
    line(headings);
  }

  /**
   * Adds a row; null is an empty field.
   *
   * @throws IllegalArgumentException when the row has not as many fields as there are headings
   */
  public GermanCsv row(String... fields) {
    return row(Arrays.asList(fields));
  }

  /** {@link #row(String...)} for a list. */
  public GermanCsv row(List<String> fields) {
    if (fields.size() != width) {
      throw new IllegalArgumentException("Row with " + fields.size() + " fields under " + width
          + " headings: " + fields);
    }
    line(fields);
    return this;
  }

  /** The lines without the byte order mark – for tests and logs. */
  public String text() {
    return text.toString();
  }

  /** The file: byte order mark, then the lines in UTF-8. */
  public byte[] bytes() {
    byte[] lines = text.toString().getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream file = new ByteArrayOutputStream(BOM.length + lines.length);
    file.writeBytes(BOM);
    file.writeBytes(lines);
    return file.toByteArray();
  }

  @Override
  public String toString() {
    return text();
  }

  /**
   * A number with decimal comma and no grouping: {@code 66,7}, {@code 100,0} (a BigDecimal keeps
   * its scale), {@code 0,67} (a double loses trailing zeros), {@code 41}; empty for null.
   */
  public static String number(Number value) {
    if (value == null) {
      return "";
    }
    String plain;
    if (value instanceof BigDecimal decimal) {
      plain = decimal.toPlainString();
    } else if (value instanceof Double || value instanceof Float) {
      double d = value.doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new IllegalArgumentException("Not a number for a CSV field: " + d);
      }
      plain = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    } else {
      plain = value.toString();
    }
    if (plain.equals("-0")) {
      plain = "0";
    }
    return plain.replace('.', ',');
  }

  /** {@code 30.06.2026}; empty for null. */
  public static String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  /** {@code 08.07.2026 14:05}; empty for null. */
  public static String dateTime(LocalDateTime dateTime) {
    return dateTime == null ? "" : DATE_TIME.format(dateTime);
  }

  /** An instant in the given zone (Europe/Berlin), {@code 08.07.2026 14:05}; empty for null. */
  public static String dateTime(Instant instant, ZoneId zone) {
    return instant == null ? "" : DATE_TIME.format(LocalDateTime.ofInstant(instant, zone));
  }

  private void line(List<String> fields) {
    List<String> cells = new ArrayList<>(fields.size());
    for (String field : fields) {
      cells.add(escape(Objects.requireNonNullElse(field, "")));
    }
    text.append(String.join(";", cells)).append("\r\n");
  }

  static String escape(String field) {
    String value = field;
    if (looksLikeFormula(value)) {
      value = "'" + value;
    }
    if (value.contains(";") || value.contains("\"") || value.contains("\n")
        || value.contains("\r")) {
      return '"' + value.replace("\"", "\"\"") + '"';
    }
    return value;
  }

  private static boolean looksLikeFormula(String value) {
    if (value.isEmpty()) {
      return false;
    }
    char first = value.charAt(0);
    if (first == '=' || first == '+' || first == '@' || first == '\t' || first == '\r') {
      return true;
    }
    return first == '-' && !NUMBER.matcher(value).matches();
  }
}
