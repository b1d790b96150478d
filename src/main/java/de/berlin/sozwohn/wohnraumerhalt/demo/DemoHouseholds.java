package de.berlin.sozwohn.wohnraumerhalt.demo;

import de.berlin.sozwohn.wohnraumerhalt.intake.HouseholdData;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Invented households for the demo world: common names of Berlin, real street names with the
 * postal code of that street, house numbers at random. The people do not exist; phone numbers come
 * from the block 030 23125-xxx kept for fictional use, mail addresses end in example.org, landlords
 * are invented companies.
 */
final class DemoHouseholds {

  private record Street(String name, String postalCode) {}

  private static final List<String> FIRST_NAMES = List.of(
      "Anna", "Mehmet", "Fatma", "Olga", "Thomas", "Sabine", "Ahmad", "Leyla", "Piotr", "Katarzyna",
      "Jens", "Monika", "Ali", "Ayşe", "Dieter", "Renate", "Samira", "Nikolai", "Birgit", "Kevin",
      "Marie", "Hasan", "Elif", "Uwe", "Gabriele", "Yusuf", "Irina", "Stefan", "Claudia", "Omar",
      "Jana", "Emre", "Doris", "Tarek", "Heike", "Marek", "Nadine", "Bernd", "Zeynep", "Sven");

  private static final List<String> LAST_NAMES = List.of(
      "Müller", "Schmidt", "Yılmaz", "Kaya", "Nowak", "Kowalski", "Schneider", "Fischer", "Demir",
      "Weber", "Haddad", "Meyer", "Wagner", "Öztürk", "Becker", "Hoffmann", "Petrow", "Schulz",
      "Al-Hassan", "Krüger", "Zimmermann", "Şahin", "Lehmann", "Braun", "Wolff", "Richter", "Koch",
      "Abdi", "Nguyen", "Schwarz", "Çelik", "Wójcik", "Hartmann", "Lange", "Arslan", "Neumann");

  private static final Map<String, List<Street>> STREETS = Map.of(
      "mitte", List.of(new Street("Müllerstraße", "13353"), new Street("Turmstraße", "10559"),
          new Street("Brunnenstraße", "10119"), new Street("Reinickendorfer Straße", "13347"),
          new Street("Alt-Moabit", "10555"), new Street("Soldiner Straße", "13359"),
          new Street("Stromstraße", "10551"), new Street("Prinzenallee", "13357")),
      "neukoelln", List.of(new Street("Sonnenallee", "12045"), new Street("Karl-Marx-Straße", "12043"),
          new Street("Hermannstraße", "12049"), new Street("Weserstraße", "12047"),
          new Street("Lipschitzallee", "12353"), new Street("Flughafenstraße", "12053"),
          new Street("Buschkrugallee", "12359")),
      "friedrichshain-kreuzberg", List.of(new Street("Oranienstraße", "10999"),
          new Street("Wrangelstraße", "10997"), new Street("Frankfurter Allee", "10247"),
          new Street("Boxhagener Straße", "10245"), new Street("Gneisenaustraße", "10961"),
          new Street("Mehringdamm", "10961")),
      "spandau", List.of(new Street("Heerstraße", "13593"), new Street("Falkenseer Chaussee", "13583"),
          new Street("Wilhelmstraße", "13595"), new Street("Pichelsdorfer Straße", "13595"),
          new Street("Obstallee", "13593")),
      "lichtenberg", List.of(new Street("Frankfurter Allee", "10365"),
          new Street("Weitlingstraße", "10317"), new Street("Rhinstraße", "10315"),
          new Street("Hohenschönhauser Straße", "10369"), new Street("Zingster Straße", "13051")),
      "marzahn-hellersdorf", List.of(new Street("Marzahner Promenade", "12679"),
          new Street("Hellersdorfer Straße", "12627"), new Street("Allee der Kosmonauten", "12681"),
          new Street("Stendaler Straße", "12627"), new Street("Raoul-Wallenberg-Straße", "12679")));

  private static final List<String> LANDLORDS = List.of(
      "Spreeblick Wohnen GmbH", "Kiezhaus Immobilien KG", "Wohnungsbaugenossenschaft Nordstern eG",
      "Havelland Grundbesitz GmbH", "Hausverwaltung Krause", "Stadtquartier Berlin Wohnen GmbH",
      "Hausverwaltung Lindner & Partner", "Private Vermieterin");

  private final Random random;
  private int phoneNumber = 500;

  DemoHouseholds(Random random) {
    this.random = random;
  }

  HouseholdData household(String district) {
    String last = pick(LAST_NAMES);
    String first = pick(FIRST_NAMES);
    String name = random.nextDouble() < 0.2 ? first + " und " + pick(FIRST_NAMES) + " " + last
        : first + " " + last;
    List<Street> streets = STREETS.getOrDefault(district, STREETS.get("mitte"));
    Street street = streets.get(random.nextInt(streets.size()));
    String houseNumber = (1 + random.nextInt(180)) + (random.nextDouble() < 0.15 ? "a" : "");
    String phone = random.nextDouble() < 0.35 ? "030 23125-" + (phoneNumber++ % 400 + 500) : null;
    String email = random.nextDouble() < 0.2 ? mailbox(first, last) + "@example.org" : null;
    return new HouseholdData(name, street.name() + " " + houseNumber, street.postalCode(), "Berlin",
        phone, email);
  }

  /** The same household at an address in another district (a notice routed to the wrong one). */
  HouseholdData relocate(HouseholdData household, String district) {
    List<Street> streets = STREETS.getOrDefault(district, STREETS.get("mitte"));
    Street street = streets.get(random.nextInt(streets.size()));
    return new HouseholdData(household.name(), street.name() + " " + (1 + random.nextInt(180)),
        street.postalCode(), household.city(), household.phone(), household.email());
  }

  String landlord() {
    return pick(LANDLORDS);
  }

  /** The local court (Amtsgericht) that hears tenancy cases for the address – close enough for a demo. */
  static String court(String district, String postalCode) {
    return switch (district) {
      case "mitte" -> postalCode.startsWith("13") ? "Amtsgericht Wedding" : "Amtsgericht Mitte";
      case "neukoelln" -> "Amtsgericht Neukölln";
      case "friedrichshain-kreuzberg" -> postalCode.startsWith("109")
          ? "Amtsgericht Tempelhof-Kreuzberg" : "Amtsgericht Lichtenberg";
      case "spandau" -> "Amtsgericht Spandau";
      default -> "Amtsgericht Lichtenberg";
    };
  }

  private static String mailbox(String first, String last) {
    String ascii = Normalizer.normalize(first + "." + last, Normalizer.Form.NFD)
        .replace("ı", "i").replaceAll("[^\\p{ASCII}]", "").replaceAll("[^A-Za-z.\\-]", "");
    return ascii.toLowerCase(Locale.ROOT);
  }

  private <T> T pick(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }
}
