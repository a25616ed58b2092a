package org.practicesearch.indexer.parse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import org.practicesearch.geo.Countries;
import org.practicesearch.geo.Country;
import org.practicesearch.model.Kind;

/**
 * Stable ids: the kind and a hash of what identifies the entry, so they survive re-indexing, file renames and
 * reordering. A practice is its description (its start), its countries and the title its page gives; a
 * resource its title and description; a guideline its title. Two pages with one description but other
 * titles or countries are two practices.
 */
final class Ids {
  private static final int PRACTICE_IDENTITY_CHARS = 200;

  private Ids() {}

  /**
   * The id of a practice.
   *
   * @param description its text (only the start counts: a page cut off is the same practice)
   * @param countries its countries as written (compared by ISO code, so {@code Turkey} = {@code Türkiye})
   * @param pageTitle the title its page gives, or empty (a title derived from the text does not count)
   * @return the id
   */
  static String practice(String description, List<String> countries, String pageTitle) {
    String key = Text.key(description);
    if (key.length() > PRACTICE_IDENTITY_CHARS) {
      key = key.substring(0, PRACTICE_IDENTITY_CHARS);
    }
    TreeSet<String> places = new TreeSet<>();
    for (String c : countries) {
      places.add(Countries.lookup(c).map(Country::iso2).orElse(Text.key(c)));
    }
    return hash(Kind.PRACTICE, key + "\n" + String.join(",", places) + "\n" + Text.key(pageTitle));
  }

  /**
   * The id of a resource-library entry: a listing entry repeated on several pages has one id.
   *
   * @param title its title
   * @param description its description
   * @return the id
   */
  static String resource(String title, String description) {
    return hash(Kind.RESOURCE, Text.key(title) + "\n" + Text.key(description));
  }

  /**
   * The id of an entry identified by one text (a guideline's title, a document's text).
   *
   * @param kind the kind
   * @param identity the text
   * @return the id
   */
  static String of(Kind kind, String identity) {
    return hash(kind, Text.key(identity));
  }

  private static String hash(Kind kind, String key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-1").digest(key.getBytes(StandardCharsets.UTF_8));
      return kind.id() + "-" + HexFormat.of().formatHex(digest).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is required by every Java platform", e);
    }
  }
}
