package org.practicesearch.indexer.parse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.practicesearch.model.Kind;

/**
 * Stable ids: the kind and a hash of what identifies the entry (a resource's or guideline's title, the
 * start of a practice's description), so they survive re-indexing, file renames and reordering.
 */
final class Ids {
  private static final int PRACTICE_IDENTITY_CHARS = 200;

  private Ids() {}

  static String of(Kind kind, String identity) {
    String key = Text.key(identity);
    if (kind == Kind.PRACTICE && key.length() > PRACTICE_IDENTITY_CHARS) {
      key = key.substring(0, PRACTICE_IDENTITY_CHARS);
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-1").digest(key.getBytes(StandardCharsets.UTF_8));
      return kind.id() + "-" + HexFormat.of().formatHex(digest).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is required by every Java platform", e);
    }
  }
}
