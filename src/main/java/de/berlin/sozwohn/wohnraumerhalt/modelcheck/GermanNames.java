package de.berlin.sozwohn.wohnraumerhalt.modelcheck;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Heuristics on German grammar for element names: is a word an infinitive ("versenden",
 * "verhandeln") or a past participle ("eingegangen", "geprüft", "erreicht", "informiert")?
 *
 * <p>They rest on four observations: nouns are capitalised (so a capitalised last word is never the
 * verb); infinitives end in -en/-ern/-eln; past participles take ge- (after a separable prefix:
 * ab-ge-laufen) unless the verb has an inseparable prefix (be-, er-, ver-, ent-, zer-, …: erreicht,
 * begonnen) or ends in -ieren (informiert). Where a form is both (erhalten, vergessen, bekommen) the
 * word counts as either. The rules err on the side of accepting a name: a finding is a warning a
 * person reads, and a false alarm on a good name costs more trust than a missed bad one.
 */
public final class GermanNames {

  /** Separable verb prefixes; after them the participle has ge- (an-ge-boten, zurück-ge-stellt). */
  private static final List<String> SEPARABLE = sortedLongestFirst(List.of(
      "ab", "an", "auf", "aus", "bei", "bereit", "dar", "durch", "ein", "empor", "entgegen", "fest",
      "fort", "frei", "her", "heran", "herauf", "heraus", "herbei", "herein", "herüber", "herunter",
      "hin", "hinaus", "hinein", "hinzu", "los", "mit", "nach", "nieder", "statt", "teil", "um",
      "unter", "über", "voran", "voraus", "vorbei", "vor", "weg", "weiter", "wieder", "zu", "zurecht",
      "zurück", "zusammen"));

  /** Inseparable prefixes; the participle has no ge- (er-reicht, be-gonnen, über-mittelt). */
  private static final List<String> INSEPARABLE = sortedLongestFirst(List.of(
      "be", "emp", "ent", "er", "ge", "hinter", "miss", "über", "unter", "ver", "voll", "wider", "zer"));

  /** Infinitives that begin with ge- themselves (so ge- is no participle marker in them). */
  private static final Set<String> GE_VERBS = Set.of(
      "gebären", "geben", "gebieten", "gebrauchen", "gedenken", "gefährden", "gefallen", "gehen",
      "gehorchen", "gehören", "gelangen", "geleiten", "gelingen", "gelten", "genehmigen", "genesen",
      "genießen", "genügen", "geraten", "geschehen", "gestalten", "gestatten", "gestehen",
      "gewähren", "gewährleisten", "gewinnen", "gewöhnen");

  /**
   * Strong participle stems whose vowel differs from the infinitive: after an inseparable prefix
   * they make a participle and never an infinitive (ver-strichen, be-gonnen, ent-schieden).
   */
  private static final Set<String> ABLAUT_STEMS = Set.of(
      "blieben", "boten", "brochen", "bunden", "dacht", "drungen", "flogen", "flossen", "funden",
      "gangen", "glichen", "gonnen", "griffen", "hoben", "litten", "logen", "lungen", "mieden",
      "nommen", "pfiffen", "rieben", "rissen", "schieden", "schienen", "schlossen", "schnitten",
      "schoben", "schrieben", "schwiegen", "schwunden", "sessen", "sprochen", "standen", "stiegen",
      "stochen", "storben", "stritten", "strichen", "sunken", "trieben", "troffen", "trunken",
      "wichen", "wiesen", "wonnen", "worben", "worfen", "zogen", "zwungen");

  /** Strong stems whose participle equals the infinitive after an inseparable prefix (er-halten). */
  private static final Set<String> SAME_FORM_STEMS = Set.of(
      "backen", "blasen", "braten", "fahren", "fallen", "fangen", "geben", "gessen", "graben",
      "halten", "heißen", "kommen", "laden", "lassen", "laufen", "lesen", "messen", "raten", "rufen",
      "schaffen", "schlafen", "schlagen", "sehen", "stoßen", "tragen", "treten", "wachsen",
      "waschen");

  /** Lower-case words ending in -en that are no verbs (articles, adjectives). */
  private static final Set<String> NOT_VERBS = Set.of(
      "allen", "beiden", "dem", "den", "denen", "diesen", "eigen", "einen", "jenen", "keinen",
      "manchen", "offen", "trocken", "verschieden", "vorhanden", "welchen", "zufrieden");

  private GermanNames() {}

  /** The words of a name: line breaks and spaces split, parenthesised remarks and punctuation dropped. */
  public static List<String> words(String name) {
    if (name == null) {
      return List.of();
    }
    String plain = name.replaceAll("\\([^)]*\\)", " ").replace('\u00a0', ' ');
    List<String> words = new ArrayList<>();
    for (String raw : plain.trim().split("\\s+")) {
      String word = raw.replaceAll("^[\\p{Punct}„“”‚‘’»«–—]+|[\\p{Punct}„“”‚‘’»«–—]+$", "");
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  /** "versenden", "durchführen", "verhandeln", "erhalten"; not "Versand", "versendet", "eingegangen". */
  public static boolean isInfinitive(String word) {
    if (!isLowerCaseWord(word)) {
      return false;
    }
    String w = word.toLowerCase(Locale.GERMAN);
    if (NOT_VERBS.contains(w)) {
      return false;
    }
    if (w.equals("tun") || w.equals("sein")) {
      return true;
    }
    if (!(w.endsWith("en") || w.endsWith("ern") || w.endsWith("eln")) || w.length() < 4) {
      return false;
    }
    return !isOnlyParticiple(w);
  }

  /** "eingegangen", "gemeldet", "erreicht", "begonnen", "informiert", "erhalten"; not "eingehen". */
  public static boolean isPastParticiple(String word) {
    if (!isLowerCaseWord(word)) {
      return false;
    }
    String w = word.toLowerCase(Locale.GERMAN);
    if (w.endsWith("iert") && w.length() > 5) {
      return true;
    }
    for (String core : cores(w)) {
      if (participleByGe(core) || participleByInseparablePrefix(core)) {
        return true;
      }
    }
    return false;
  }

  /** A participle that cannot also be read as an infinitive ("eingegangen" yes, "erhalten" no). */
  private static boolean isOnlyParticiple(String w) {
    for (String core : cores(w)) {
      if (participleByGe(core)) {
        return true;
      }
      String rest = afterInseparablePrefix(core);
      if (rest != null && ABLAUT_STEMS.contains(rest)) {
        return true;
      }
    }
    return false;
  }

  /** The word itself and the word without each separable prefix it may start with. */
  private static List<String> cores(String w) {
    List<String> cores = new ArrayList<>();
    cores.add(w);
    for (String prefix : SEPARABLE) {
      if (w.startsWith(prefix) && w.length() - prefix.length() >= 4) {
        cores.add(w.substring(prefix.length()));
      }
    }
    return cores;
  }

  /** ge-meldet, ge-prüft, (ab)ge-laufen, (ein)ge-gangen — unless the core is a ge- verb (geben). */
  private static boolean participleByGe(String core) {
    if (!core.startsWith("ge") || GE_VERBS.contains(core)) {
      return false;
    }
    String rest = core.substring(2);
    return rest.endsWith("t") && rest.length() >= 3 || rest.endsWith("en") && rest.length() >= 4;
  }

  /** er-reicht, be-arbeitet, ver-strichen, er-halten (the latter also an infinitive). */
  private static boolean participleByInseparablePrefix(String core) {
    String rest = afterInseparablePrefix(core);
    if (rest == null) {
      return false;
    }
    if (rest.endsWith("t") && rest.length() >= 3) {
      return true;
    }
    return ABLAUT_STEMS.contains(rest) || SAME_FORM_STEMS.contains(rest);
  }

  private static String afterInseparablePrefix(String core) {
    for (String prefix : INSEPARABLE) {
      if (prefix.equals("ge")) {
        continue; // handled as the participle marker
      }
      if (core.startsWith(prefix) && core.length() - prefix.length() >= 3) {
        return core.substring(prefix.length());
      }
    }
    return null;
  }

  private static boolean isLowerCaseWord(String word) {
    return word != null && !word.isEmpty() && Character.isLowerCase(word.charAt(0))
        && word.chars().allMatch(Character::isLetter);
  }

  private static List<String> sortedLongestFirst(List<String> prefixes) {
    return prefixes.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
  }
}
