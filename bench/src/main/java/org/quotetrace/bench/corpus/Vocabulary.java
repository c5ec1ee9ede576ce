package org.quotetrace.bench.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.quotetrace.bench.corpus.Topic.Role;
import org.quotetrace.bench.corpus.Topic.Verb;

/**
 * Everything the generator writes with: topics, shared phrases and templates, names, places and
 * outlets, read from the resource files beside this class. Immutable once loaded.
 */
final class Vocabulary {
  /** An outlet as listed: its name, the host part of its site and what it publishes. */
  record OutletEntry(String name, String site, String kind) {}

  private static final Set<String> TOPIC_KEYS =
      Set.of("noun", "group", "org", "verb", "adj", "problem", "unit", "role", "company", "speech",
          "question", "narrative", "headline");
  private static final Set<String> WORD_KEYS =
      Set.of("opener", "gadj", "time", "period", "ago", "month", "day", "region", "weeks", "show");
  private static final Set<String> TEMPLATE_KEYS =
      Set.of("event", "coda", "speech", "question", "interjection", "reporter", "intro", "intro2",
          "reply", "outro", "closing", "pressintro", "pressclose", "chairintro", "speechopen",
          "speechclose", "narrative", "reaction", "lead", "closer", "headline");

  final Topic[] topics;
  final Map<String, Words[]> words = new LinkedHashMap<>();
  final Map<String, Template[]> templates = new LinkedHashMap<>();
  final Verb[] generalVerbs;
  final String[] female;
  final String[] male;
  final String[] surnameStarts;
  final String[] surnameEnds;
  final String[] places;
  final OutletEntry[] outlets;

  private Vocabulary() {
    Map<String, Map<String, List<Item>>> topicFile = read("topics.txt");
    List<Topic> ts = new ArrayList<>();
    for (Map.Entry<String, Map<String, List<Item>>> e : topicFile.entrySet()) {
      if (!e.getKey().startsWith("topic ")) {
        throw new IllegalArgumentException("topics.txt: unexpected section [" + e.getKey() + "]");
      }
      ts.add(topic(ts.size(), e.getKey().substring(6).trim(), e.getValue()));
    }
    topics = ts.toArray(Topic[]::new);

    Map<String, List<Item>> general = read("phrases.txt").get("general");
    if (general == null) {
      throw new IllegalArgumentException("phrases.txt: no [general] section");
    }
    List<Verb> gv = new ArrayList<>();
    for (Map.Entry<String, List<Item>> e : general.entrySet()) {
      String key = e.getKey();
      if (WORD_KEYS.contains(key)) {
        words.put(key, e.getValue().stream().map(i -> Words.of(i.value)).toArray(Words[]::new));
      } else if (TEMPLATE_KEYS.contains(key)) {
        templates.put(key, e.getValue().stream()
            .map(i -> Template.parse(i.value, i.where)).toArray(Template[]::new));
      } else if (key.equals("gverb")) {
        e.getValue().forEach(i -> gv.add(verb(i)));
      } else {
        throw new IllegalArgumentException(e.getValue().get(0).where + ": unknown key '" + key + "'");
      }
    }
    generalVerbs = gv.toArray(Verb[]::new);
    for (String k : WORD_KEYS) {
      require(words.containsKey(k), "phrases.txt: no '" + k + "' line");
    }
    for (String k : TEMPLATE_KEYS) {
      require(templates.containsKey(k), "phrases.txt: no '" + k + "' line");
    }

    Map<String, List<Item>> names = read("names.txt").get("");
    female = values(names, "female");
    male = values(names, "male");
    surnameStarts = values(names, "surname-start");
    surnameEnds = values(names, "surname-end");
    String[] placeStarts = values(names, "place-start");
    String[] placeEnds = values(names, "place-end");
    List<String> ps = new ArrayList<>();
    for (String s : placeStarts) {
      for (String e : placeEnds) {
        // "Glenglen" or "Ashash" would read as typos.
        if (!s.toLowerCase(Locale.ROOT).endsWith(e)) {
          ps.add(s + e);
        }
      }
    }
    places = ps.toArray(String[]::new);
    List<OutletEntry> os = new ArrayList<>();
    for (Item i : names.getOrDefault("outlet", List.of())) {
      String[] f = i.value.split("\\|");
      if (f.length != 3) {
        throw new IllegalArgumentException(i.where + ": an outlet is 'name | site | kind': " + i.value);
      }
      os.add(new OutletEntry(f[0].trim(), f[1].trim(), f[2].trim()));
    }
    outlets = os.toArray(OutletEntry[]::new);
  }

  private static final class Holder {
    static final Vocabulary INSTANCE = new Vocabulary();
  }

  /** The vocabulary of the resource files, read once per JVM. */
  static Vocabulary get() {
    return Holder.INSTANCE;
  }

  Words[] words(String key) {
    return words.get(key);
  }

  Template[] templates(String key) {
    return templates.get(key);
  }

  private static Topic topic(int index, String name, Map<String, List<Item>> m) {
    for (Map.Entry<String, List<Item>> e : m.entrySet()) {
      if (!TOPIC_KEYS.contains(e.getKey())) {
        throw new IllegalArgumentException(
            e.getValue().get(0).where + ": unknown key '" + e.getKey() + "' in topic " + name);
      }
    }
    List<Item> nounItems = items(m, "noun", name);
    Words[] nouns = new Words[nounItems.size()];
    Words[] plurals = new Words[nounItems.size()];
    for (int i = 0; i < nouns.length; i++) {
      String v = nounItems.get(i).value;
      int slash = v.indexOf('/');
      nouns[i] = Words.of(slash < 0 ? v : v.substring(0, slash));
      plurals[i] = Words.of(slash < 0 ? pluralOfPhrase(v) : v.substring(slash + 1));
    }
    Verb[] verbs = items(m, "verb", name).stream().map(Vocabulary::verb).toArray(Verb[]::new);
    Role[] roles = items(m, "role", name).stream().map(i -> {
      String[] f = i.value.split(">");
      if (f.length != 2) {
        throw new IllegalArgumentException(i.where + ": a role is 'title > reference': " + i.value);
      }
      return new Role(f[0].trim(), f[1].trim());
    }).toArray(Role[]::new);
    return new Topic(index, name, nouns, plurals, words(m, "group", name), words(m, "org", name),
        verbs, words(m, "adj", name), words(m, "problem", name), words(m, "unit", name), roles,
        items(m, "company", name).stream().map(i -> i.value).toArray(String[]::new),
        templates(m, "speech", name), templates(m, "question", name),
        templates(m, "narrative", name), templates(m, "headline", name));
  }

  private static Words[] words(Map<String, List<Item>> m, String key, String topic) {
    return items(m, key, topic).stream().map(i -> Words.of(i.value)).toArray(Words[]::new);
  }

  private static Template[] templates(Map<String, List<Item>> m, String key, String topic) {
    return items(m, key, topic).stream().map(i -> Template.parse(i.value, i.where))
        .toArray(Template[]::new);
  }

  private static List<Item> items(Map<String, List<Item>> m, String key, String topic) {
    List<Item> l = m.get(key);
    if (l == null || l.isEmpty()) {
      throw new IllegalArgumentException("topics.txt: topic " + topic + " has no '" + key + "' line");
    }
    return l;
  }

  private static String[] values(Map<String, List<Item>> m, String key) {
    List<Item> l = m.get(key);
    if (l == null || l.isEmpty()) {
      throw new IllegalArgumentException("names.txt: no '" + key + "' line");
    }
    return l.stream().map(i -> i.value).toArray(String[]::new);
  }

  /** "cut/cuts/cut/cut" as written, or the regular forms of a lone base ("raise"). */
  private static Verb verb(Item i) {
    String[] f = i.value.split("/");
    for (String x : f) {
      if (x.isBlank() || x.trim().contains(" ")) {
        throw new IllegalArgumentException(i.where + ": a verb is one word per form: " + i.value);
      }
    }
    if (f.length == 4) {
      return new Verb(f[0].trim(), f[1].trim(), f[2].trim(), f[3].trim());
    }
    if (f.length != 1) {
      throw new IllegalArgumentException(
          i.where + ": a verb is 'base' or 'base/third/past/participle': " + i.value);
    }
    String b = f[0].trim();
    String past = b.endsWith("e") ? b + "d"
        : consonantY(b) ? b.substring(0, b.length() - 1) + "ied" : b + "ed";
    return new Verb(b, third(b), past, past);
  }

  private static String third(String b) {
    if (b.endsWith("s") || b.endsWith("x") || b.endsWith("z") || b.endsWith("ch") || b.endsWith("sh")) {
      return b + "es";
    }
    return consonantY(b) ? b.substring(0, b.length() - 1) + "ies" : b + "s";
  }

  /** The plural of a regular noun; also used for WordNet synonyms of plural words. */
  static String plural(String n) {
    if (n.endsWith("man")) {
      return n.substring(0, n.length() - 3) + "men";
    }
    if (n.endsWith("s") || n.endsWith("x") || n.endsWith("z") || n.endsWith("ch") || n.endsWith("sh")) {
      return n + "es";
    }
    return consonantY(n) ? n.substring(0, n.length() - 1) + "ies" : n + "s";
  }

  /** "heat pump" is "heat pumps": the last word takes the plural. */
  private static String pluralOfPhrase(String p) {
    int sp = p.lastIndexOf(' ');
    return sp < 0 ? plural(p) : p.substring(0, sp + 1) + plural(p.substring(sp + 1));
  }

  private static boolean consonantY(String w) {
    return w.length() > 1 && w.endsWith("y") && "aeiou".indexOf(w.charAt(w.length() - 2)) < 0;
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  private record Item(String value, String where) {}

  /** Sections ("" before the first) of keys, each with its items in file order. */
  private static Map<String, Map<String, List<Item>>> read(String file) {
    Map<String, Map<String, List<Item>>> out = new LinkedHashMap<>();
    String section = "";
    try (InputStream in = Vocabulary.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + file + " beside " + Vocabulary.class.getName());
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int no = 0;
      while ((line = r.readLine()) != null) {
        no++;
        String t = line.trim();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        if (t.startsWith("[") && t.endsWith("]")) {
          section = t.substring(1, t.length() - 1).trim();
          continue;
        }
        int colon = t.indexOf(':');
        if (colon <= 0) {
          throw new IllegalArgumentException(file + ":" + no + ": expected 'key: item | item', got: " + t);
        }
        String key = t.substring(0, colon).trim();
        List<Item> items = out.computeIfAbsent(section, s -> new LinkedHashMap<>())
            .computeIfAbsent(key, k -> new ArrayList<>());
        // Outlets keep their '|' fields; everything else is one item per '|'.
        String rest = t.substring(colon + 1);
        String[] values = key.equals("outlet") ? new String[] {rest} : rest.split("\\|");
        for (String v : values) {
          if (!v.isBlank()) {
            items.add(new Item(v.trim(), file + ":" + no));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
