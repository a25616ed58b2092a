package org.practicesearch.indexer.parse;

import java.util.List;
import java.util.Locale;
import org.practicesearch.model.Repair;

/**
 * The form's "If Other Stakeholder" answer: a stakeholder name, unless it only lists the practice's
 * countries again (as pages often do), in which case it is dropped with a repair.
 */
final class OtherStakeholder {
  private OtherStakeholder() {}

  static void apply(List<String> values, List<String> countries, List<String> stakeholders, List<Repair> repairs) {
    for (String raw : values) {
      String value = Text.clean(raw);
      if (value.isEmpty()) {
        continue;
      }
      if (onlyCountries(value, countries)) {
        repairs.add(new Repair("stakeholders", value, "",
            "'If Other Stakeholder' lists the practice's countries, not a stakeholder"));
      } else {
        stakeholders.add(value);
      }
    }
  }

  private static boolean onlyCountries(String value, List<String> countries) {
    List<String> known = countries.stream().map(c -> Text.key(c)).toList();
    String[] parts = value.split(",|\\band\\b|&");
    int seen = 0;
    for (String p : parts) {
      String k = Text.key(p);
      if (k.isEmpty()) {
        continue;
      }
      if (!known.contains(k)) {
        return false;
      }
      seen++;
    }
    return seen > 0 && !value.toLowerCase(Locale.ROOT).contains("ministry");
  }
}
