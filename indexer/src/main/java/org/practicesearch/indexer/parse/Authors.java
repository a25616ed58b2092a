package org.practicesearch.indexer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practicesearch.model.Repair;

/**
 * Repairs author lists. The listing site splits a value at every comma, so a citation such as
 * {@code Liu, G. (2017) 'Title', In McAuliffe, M. And M. Klein Solomon (Conveners) (2017) Ideas..., IOM: Geneva}
 * arrives as pieces. Names are rebuilt from "Surname" + "Initials (year)..." pairs and "In Surname" +
 * "Initials And Initials Name (role)" editor lists; the other pieces (titles, places, publishers) are not
 * authors and are dropped with a repair. Lists without citation pieces are only case-tidied.
 */
final class Authors {
  private static final Pattern CITATION_PIECE = Pattern.compile(".*(\\((19|20)\\d{2}\\)|[‘’“”\"]|\\w+:\\s*\\w+).*");
  private static final Pattern INITIALS_FIRST = Pattern.compile("^((?:[A-Z]\\.\\s*)+)(.*)$");
  private static final Pattern SURNAME = Pattern.compile("^[A-Z][\\p{L}'’-]+$");
  private static final Pattern EDITOR_REF = Pattern.compile("^In\\s+([A-Z][\\p{L}'’-]+)$");
  private static final Pattern CO_EDITOR = Pattern.compile(
      "^(?:And|&)\\s+((?:[A-Z]\\.\\s*)+[A-Z][\\p{L}'’-]+(?:\\s+[A-Z][\\p{L}'’-]+)*?)(?=\\s*\\(|\\s*$)");

  private Authors() {}

  static List<String> repair(List<String> pieces, List<Repair> repairs) {
    if (pieces.stream().noneMatch(p -> CITATION_PIECE.matcher(p).matches())) {
      return pieces.stream().map(p -> tidyCase(p, repairs)).toList();
    }
    List<String> authors = new ArrayList<>();
    boolean[] used = new boolean[pieces.size()];
    for (int i = 0; i < pieces.size(); i++) {
      String piece = pieces.get(i);
      Matcher editor = EDITOR_REF.matcher(piece);
      if (SURNAME.matcher(piece).matches() && i + 1 < pieces.size()) {
        Matcher next = INITIALS_FIRST.matcher(pieces.get(i + 1));
        if (next.matches()) {
          authors.add(next.group(1).strip() + " " + piece);
          used[i] = true;
        }
      } else if (editor.matches()) {
        for (int j = i + 1; j < pieces.size(); j++) {
          Matcher initials = INITIALS_FIRST.matcher(pieces.get(j));
          if (initials.matches() && !used[j]) {
            authors.add(initials.group(1).strip() + " " + editor.group(1));
            Matcher co = CO_EDITOR.matcher(initials.group(2).strip());
            if (co.find()) {
              authors.add(co.group(1).strip());
            }
            used[i] = true;
            used[j] = true;
            break;
          }
        }
      }
    }
    for (int i = 0; i < pieces.size(); i++) {
      if (!used[i] && !authors.isEmpty()) {
        repairs.add(new Repair("authors", pieces.get(i), "", "piece of a citation cut at commas, not an author"));
      } else if (!used[i]) {
        authors.add(pieces.get(i));
      }
    }
    if (!authors.isEmpty() && authors.size() != pieces.size()) {
      repairs.add(new Repair("authors", String.join(" | ", pieces), String.join(" | ", authors),
          "author names rebuilt from a citation cut at commas"));
    }
    return authors;
  }

  /** "Sweden'S Ministry Of Justice" -> "Sweden's Ministry of Justice": the site title-cases every word. */
  private static String tidyCase(String name, List<Repair> repairs) {
    String tidy = name.replaceAll("(['’])S\\b", "$1s");
    StringBuilder sb = new StringBuilder();
    for (String w : tidy.split(" ")) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(List.of("Of", "And", "For", "The", "In", "On").contains(w) && sb.length() > 0
          ? w.toLowerCase(Locale.ROOT) : w);
    }
    tidy = sb.toString();
    if (!tidy.equals(name)) {
      repairs.add(new Repair("authors", name, tidy, "title case of the site undone"));
    }
    return tidy;
  }
}
