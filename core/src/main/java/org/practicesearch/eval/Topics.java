package org.practicesearch.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads topics: TREC style ({@code <DOC> <DOCNO> n </DOCNO> text </DOC>} as in CACM, or
 * {@code <top> <num> Number: n <title> text ...</top>}), or a TSV of {@code id<TAB>query} or
 * {@code id<TAB>class<TAB>query} (lines starting with {@code #} are comments).
 */
public final class Topics {
  private static final Pattern DOC = Pattern.compile("<DOC>\\s*<DOCNO>\\s*(\\S+)\\s*</DOCNO>(.*?)</DOC>", Pattern.DOTALL);
  private static final Pattern TOP = Pattern.compile(
      "<top>.*?<num>\\s*(?:Number:)?\\s*(\\S+).*?<title>\\s*(?:Topic:)?(.*?)(?=<desc>|<narr>|</top>)", Pattern.DOTALL);

  private Topics() {}

  /**
   * Reads a topics file in any of the accepted formats.
   *
   * @param file the file
   * @return the topics in file order
   * @throws IOException if it cannot be read
   * @throws IllegalArgumentException naming the file when no topic is found in it
   */
  public static List<Topic> read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    List<Topic> out = parse(text);
    if (out.isEmpty()) {
      throw new IllegalArgumentException("no topics in " + file
          + "; expected TREC <DOC>/<top> topics, or id<TAB>query or id<TAB>class<TAB>query lines");
    }
    return out;
  }

  static List<Topic> parse(String text) {
    List<Topic> out = new ArrayList<>();
    Matcher doc = DOC.matcher(text);
    while (doc.find()) {
      out.add(new Topic(doc.group(1), clean(doc.group(2))));
    }
    if (!out.isEmpty()) {
      return out;
    }
    Matcher top = TOP.matcher(text);
    while (top.find()) {
      out.add(new Topic(top.group(1), clean(top.group(2))));
    }
    if (!out.isEmpty()) {
      return out;
    }
    for (String line : text.split("\r?\n")) {
      String[] cols = line.split("\t", 3);
      if (cols.length >= 2 && !cols[0].isBlank() && !line.startsWith("#")) {
        out.add(cols.length == 3 ? new Topic(cols[0].strip(), cols[1].strip(), cols[2].strip())
            : new Topic(cols[0].strip(), cols[1].strip()));
      }
    }
    return out;
  }

  private static String clean(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
