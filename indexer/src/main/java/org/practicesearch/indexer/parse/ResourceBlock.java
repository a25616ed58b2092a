package org.practicesearch.indexer.parse;

import java.util.Map;

/** The block labels of a resource-library entry, in English, French and Spanish, alone on their line. */
enum ResourceBlock {
  COUNTRY, REGION, AUTHORS, YEAR, CATEGORY;

  private static final Map<String, ResourceBlock> NAMES = Map.ofEntries(
      Map.entry("country", COUNTRY), Map.entry("pay", COUNTRY), Map.entry("pai", COUNTRY),
      Map.entry("region", REGION),
      Map.entry("author", AUTHORS), Map.entry("auteur", AUTHORS), Map.entry("autor", AUTHORS), Map.entry("autore", AUTHORS),
      Map.entry("year", YEAR), Map.entry("annee", YEAR), Map.entry("ano", YEAR), Map.entry("publication year", YEAR),
      Map.entry("category", CATEGORY), Map.entry("categorie", CATEGORY), Map.entry("categoria", CATEGORY));

  /** The block a line opens (a label alone on its line, with or without a colon), or null. */
  static ResourceBlock of(String line) {
    String l = Text.clean(line);
    if (l.endsWith(":")) {
      l = l.substring(0, l.length() - 1);
    }
    if (l.isEmpty() || l.length() > 20 || l.contains(":")) {
      return null;
    }
    return NAMES.get(PracticeLabel.labelKey(l));
  }
}
