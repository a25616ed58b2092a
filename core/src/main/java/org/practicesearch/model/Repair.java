package org.practicesearch.model;

import java.util.Objects;

/**
 * One change the parser or normaliser made to an entry's raw text, so that nothing is changed silently.
 *
 * @param field the entry field that was changed, in its JSON name (e.g. {@code countries})
 * @param from the text as the page had it (may be empty)
 * @param to the value written instead (empty when the text was dropped)
 * @param reason why, in a few words (e.g. {@code "country name cut in two by a comma"})
 */
public record Repair(String field, String from, String to, String reason) {
  /** Validates that no component is null. */
  public Repair {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return field + ": '" + from + "' -> '" + to + "' (" + reason + ")";
  }
}
