import java.io.BufferedReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * What each group of index fields costs Lucene to take in, per document: the same records
 * ({@code Schema.records}, quote finding done beforehand and not timed) are written once whole and
 * once with each group of fields left out, each variant into its own writer, in slices of 100
 * documents that take turns, by the thread's CPU time; the first round warms up and is not
 * counted. A group's cost is the whole's figure less its own. The records are made again for each
 * variant (their token streams read the thread's analysis of the last text), so every figure holds
 * the same {@code Schema.records} work. Nothing is flushed (a 512 MB buffer): the cost of writing
 * segments out is not in it.
 *
 * <pre>java -Xmx3g -cp "$(find LIB -name "*.jar" ! -name "quotetrace-*" | tr "\\n" :)" \
 *   bench/tools/IndexFieldCost.java CORPUS.jsonl DOCS ROUNDS LIB</pre>
 *
 * <p>LIB: a copy of cli/target/lib. Seven writers are held at once, hence the 3 GB heap.
 */
public class IndexFieldCost {
  /** Field groups left out, one variant each; the first leaves nothing out. */
  private static final String[][] GROUPS = {
    {},
    {"fp"},
    {"body"},
    {"qtext", "turn_words"},
    {"text"},
    {"profile", "qfp"},
    {"type", "owner", "kind", "origin", "outlet", "outlet_key", "texthash", "title",
        "quotes_whole", "qstart", "qend", "turn", "speaker", "speaker_words", "qspeaker", "qwho",
        "qwords", "hash", "published"},
  };

  public static void main(String[] a) throws Exception {
    List<String> texts = new ArrayList<>();
    int limit = Integer.parseInt(a[1]);
    try (BufferedReader r = Files.newBufferedReader(Path.of(a[0]))) {
      com.fasterxml.jackson.databind.ObjectMapper m = new com.fasterxml.jackson.databind.ObjectMapper();
      for (String l; (l = r.readLine()) != null && texts.size() < limit; ) {
        texts.add(m.readTree(l).get("text").asText());
      }
    }
    int rounds = Integer.parseInt(a[2]);
    List<URL> urls = new ArrayList<>();
    try (var s = Files.list(Path.of(a[3]))) {
      for (Path p : s.toList()) {
        if (p.getFileName().toString().startsWith("quotetrace-")) {
          urls.add(p.toUri().toURL());
        }
      }
    }
    ClassLoader cl = new URLClassLoader(urls.toArray(new URL[0]), IndexFieldCost.class.getClassLoader());
    Class<?> docC = cl.loadClass("org.quotetrace.text.Document");
    Class<?> exC = cl.loadClass("org.quotetrace.quote.Extraction");
    Class<?> schema = cl.loadClass("org.quotetrace.index.Schema");
    Method records = schema.getDeclaredMethod("records", docC, exC, long.class);
    records.setAccessible(true);
    Method an = schema.getDeclaredMethod("analyzer");
    an.setAccessible(true);
    Constructor<?> wc = cl.loadClass("org.quotetrace.index.WritingCodec").getDeclaredConstructor();
    wc.setAccessible(true);
    Object finder = cl.loadClass("org.quotetrace.quote.QuoteFinder").getConstructor().newInstance();
    Method find = finder.getClass().getMethod("find", docC);
    Method article = docC.getMethod("article", String.class, String.class);
    List<Object[]> docs = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      Object d = article.invoke(null, "d" + i, texts.get(i));
      docs.add(new Object[] {d, find.invoke(finder, d)});
    }
    List<Set<String>> drops = new ArrayList<>();
    for (String[] g : GROUPS) {
      drops.add(Set.of(g));
    }
    Analyzer analyzer = (Analyzer) an.invoke(null);
    Codec codec = (Codec) wc.newInstance();
    ThreadMXBean t = ManagementFactory.getThreadMXBean();
    int slice = 100;
    int v = GROUPS.length;
    double[] sum = new double[v];
    int counted = 0;
    for (int r = 0; r < rounds; r++) {
      IndexWriter[] ws = new IndexWriter[v];
      for (int k = 0; k < v; k++) {
        ws[k] = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(analyzer)
            .setCodec(codec).setRAMBufferSizeMB(512).setCommitOnClose(false));
      }
      for (int from = 0; from + slice <= texts.size(); from += slice) {
        double[] us = new double[v];
        for (int j = 0; j < v; j++) {
          int k = (j + from / slice + r) % v;
          Set<String> drop = drops.get(k);
          long c0 = t.getCurrentThreadCpuTime();
          for (int i = from; i < from + slice; i++) {
            @SuppressWarnings("unchecked")
            List<List<IndexableField>> doc =
                (List<List<IndexableField>>) records.invoke(null, docs.get(i)[0], docs.get(i)[1], 1L);
            if (!drop.isEmpty()) {
              for (List<IndexableField> rec : doc) {
                rec.removeIf(f -> drop.contains(f.name()));
              }
            }
            ws[k].addDocuments(doc);
          }
          us[k] = (t.getCurrentThreadCpuTime() - c0) / 1e3 / slice;
        }
        if (r > 0) {
          for (int k = 0; k < v; k++) {
            sum[k] += us[k];
          }
          counted++;
        }
      }
      for (IndexWriter w : ws) {
        w.rollback();
      }
      if (counted == 0) {
        continue;
      }
      StringBuilder line = new StringBuilder(String.format("round %d: whole %.1f us a document;",
          r, sum[0] / counted));
      for (int k = 1; k < v; k++) {
        String name = GROUPS[k].length > 3 ? "the " + GROUPS[k].length + " small fields"
            : String.join("+", GROUPS[k]);
        line.append(String.format(" %s %.1f;", name, (sum[0] - sum[k]) / counted));
      }
      System.out.println(line.append(" load ").append(Files.readString(Path.of("/proc/loadavg")).strip()));
    }
  }
}
