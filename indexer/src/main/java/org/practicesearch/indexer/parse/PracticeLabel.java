package org.practicesearch.indexer.parse;

import java.util.regex.Pattern;

/** The labels of a practice page, recognised with or without a colon, "(Check all that apply)" or case. */
enum PracticeLabel {
  PRACTICE_TYPE("type of practice", "practice type", "type de pratique", "tipo de practica"),
  COUNTRY("country", "countries", "pays", "pais", "paises"),
  STAKEHOLDER_TYPE("type of stakeholder implementing the practice", "type of stakeholder", "stakeholder type",
      "type de partie prenante", "type de partie prenante mettant en oeuvre la pratique", "tipo de parte interesada",
      "tipo de actor", "tipo de parte interesada que implementa la practica"),
  STAKEHOLDER("name of stakeholder implementing the practice", "name of stakeholder", "stakeholder",
      "nom de la partie prenante", "nom de la partie prenante mettant en oeuvre la pratique",
      "nombre de la parte interesada", "nombre del actor", "nombre de la parte interesada que implementa la practica"),
  OTHER_STAKEHOLDER("if other stakeholder", "other stakeholder", "si autre partie prenante", "si otra parte interesada"),
  CRISIS_TYPE("type of crisis", "crisis type", "type de crise", "tipo de crisis"),
  CRISIS_PHASE("crisis phase", "phase of crisis", "phase de la crise", "phase de crise", "fase de la crisis",
      "fase de crisis"),
  DESCRIPTION("description of the practice", "description", "practice description", "description de la pratique",
      "descripcion de la practica", "descripcion"),
  RELATED_LINKS("related links", "links", "liens connexes", "liens", "enlaces relacionados", "enlaces"),
  GUIDELINES("guidelines/thematic areas", "guideline(s)/thematic area(s)", "guideline/thematic area", "thematic areas",
      "guidelines", "lignes directrices/domaines thematiques", "lignes directrices", "directrices/areas tematicas",
      "directrices");

  private static final Pattern CHECK_ALL = Pattern.compile(
      "\\((check all that apply|cochez toutes les (cases|reponses)[^)]*|marque todas[^)]*|seleccione todas[^)]*)\\)",
      Pattern.CASE_INSENSITIVE);
  private static final int MAX_LABEL = 80;

  private final java.util.List<String> keys;

  PracticeLabel(String... names) {
    this.keys = java.util.Arrays.stream(names).map(PracticeLabel::labelKey).toList();
  }

  /** A label found on a line, with the value that followed it on the same line (may be empty). */
  record Found(PracticeLabel label, String value) {}

  /**
   * Recognises a label line, or returns null. A label is the whole line or what precedes its first colon;
   * it is compared without case, accents, punctuation, plural endings or "(Check all that apply)".
   */
  static Found match(String rawLine) {
    String line = Text.clean(rawLine);
    int colon = line.indexOf(':');
    String head = colon >= 0 ? line.substring(0, colon) : line;
    if (head.isEmpty() || head.length() > MAX_LABEL) {
      return null;
    }
    String value = colon >= 0 ? line.substring(colon + 1).strip() : "";
    String key = labelKey(CHECK_ALL.matcher(Text.fold(head)).replaceAll(" "));
    for (PracticeLabel l : values()) {
      if (l.keys.contains(key)) {
        return new Found(l, value);
      }
    }
    return null;
  }

  /** Lower case, no accents or punctuation, words singular ("countries" = "country"). */
  static String labelKey(String s) {
    StringBuilder sb = new StringBuilder();
    for (String w : Text.key(s.replaceAll("\\(s\\)", "")).split(" ")) {
      if (w.isEmpty()) {
        continue;
      }
      String singular = w.endsWith("ies") && w.length() > 4 ? w.substring(0, w.length() - 3) + "y"
          : w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("is") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
      sb.append(sb.length() > 0 ? " " : "").append(singular);
    }
    return sb.toString();
  }
}
