import java.io.*;
import java.lang.management.*;
import java.lang.reflect.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.index.*;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Two builds of the index module compared on the per-document work it owns, in one JVM: {@code
 * Schema.records} and {@code IndexWriter.addDocuments} of the same documents (quote finding done
 * beforehand, outside the timing), in slices of 100 documents alternating between the builds, by
 * the thread's CPU time; the first round warms up and is not counted. On a loaded machine the
 * ratio of paired slices is steadier than two whole runs. Each build is loaded from its {@code
 * lib} folder (a copy of cli/target/lib) by its own class loader over the shared Lucene.
 *
 * <p>Run with the classpath of the jars in a lib folder other than quotetrace-*:
 *
 * <pre>java -Xmx4g -cp "$(find LIB_A -name "*.jar" ! -name "quotetrace-*" | tr "\\n" :)" \
 *   bench/tools/IndexAB.java CORPUS.jsonl DOCS ROUNDS LIB_A LIB_B [LIB_C...]</pre>
 *
 * <p>With more than two builds, each is compared with the first, slice by slice; the builds take
 * turns at going first within a slice (with two, they alternate as before).
 */
public class IndexAB {
  record Build(String name, Method records, Method hash, Analyzer analyzer, Codec codec, Object prints, List<Object[]> docs) {}

  public static void main(String[] a) throws Exception {
    List<String> texts = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(Path.of(a[0]))) {
      com.fasterxml.jackson.databind.ObjectMapper m = new com.fasterxml.jackson.databind.ObjectMapper();
      for (String l; (l = r.readLine()) != null && texts.size() < Integer.parseInt(a[1]); ) texts.add(m.readTree(l).get("text").asText());
    }
    int rounds = Integer.parseInt(a[2]);
    List<Build> builds = new ArrayList<>();
    for (int b = 3; b < a.length; b++) {
      List<URL> urls = new ArrayList<>();
      try (var s = Files.list(Path.of(a[b]))) { for (Path p : s.toList()) if (p.getFileName().toString().startsWith("quotetrace-")) urls.add(p.toUri().toURL()); }
      ClassLoader cl = new URLClassLoader(urls.toArray(new URL[0]), IndexAB.class.getClassLoader());
      Class<?> docC = cl.loadClass("org.quotetrace.text.Document");
      Class<?> exC = cl.loadClass("org.quotetrace.quote.Extraction");
      Class<?> schema = cl.loadClass("org.quotetrace.index.Schema");
      // A build that puts fingerprints aside until flush (PendingPrints) takes its codec's.
      Class<?> pendingC = null;
      try { pendingC = cl.loadClass("org.quotetrace.index.PendingPrints"); } catch (ClassNotFoundException e) { }
      Method records = pendingC == null ? schema.getDeclaredMethod("records", docC, exC, long.class)
          : schema.getDeclaredMethod("records", docC, exC, long.class, pendingC);
      records.setAccessible(true);
      Method hash = schema.getDeclaredMethod("contentHash", docC); hash.setAccessible(true);
      Method an = schema.getDeclaredMethod("analyzer"); an.setAccessible(true);
      Constructor<?> wc = cl.loadClass("org.quotetrace.index.WritingCodec").getDeclaredConstructor(); wc.setAccessible(true);
      Object finder = cl.loadClass("org.quotetrace.quote.QuoteFinder").getConstructor().newInstance();
      Method find = finder.getClass().getMethod("find", docC);
      Method article = docC.getMethod("article", String.class, String.class);
      List<Object[]> docs = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) { Object d = article.invoke(null, "d" + i, texts.get(i)); docs.add(new Object[] {d, find.invoke(finder, d)}); }
      Codec codec = (Codec) wc.newInstance();
      Object prints = null;
      if (pendingC != null) { Method pm = codec.getClass().getDeclaredMethod("prints"); pm.setAccessible(true); prints = pm.invoke(codec); }
      builds.add(new Build(a[b], records, hash, (Analyzer) an.invoke(null), codec, prints, docs));
      System.out.println("loaded " + a[b]);
    }
    ThreadMXBean t = ManagementFactory.getThreadMXBean();
    int slice = 100;
    // -DflushEvery=N: each writer writes out its buffer after every N slices, timed with the
    // slice (a build that moves work from adding to flushing is compared whole); 0, the default:
    // never, as before.
    int flushEvery = Integer.getInteger("flushEvery", 0);
    // ratios.get(k - 1): build k against the first, slice by slice.
    List<List<Double>> ratios = new ArrayList<>();
    for (int k = 1; k < builds.size(); k++) ratios.add(new ArrayList<>());
    double[] sum = new double[builds.size()];
    int counted = 0;
    for (int r = 0; r < rounds; r++) {
      IndexWriter[] ws = new IndexWriter[builds.size()];
      for (int k = 0; k < builds.size(); k++) {
        ws[k] = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(builds.get(k).analyzer).setCodec(builds.get(k).codec).setRAMBufferSizeMB(512).setCommitOnClose(false));
      }
      for (int from = 0; from + slice <= texts.size(); from += slice) {
        double[] us = new double[builds.size()];
        for (int j = 0; j < builds.size(); j++) {
          // Each build takes each place in turn: the texts are shared, and the build after
          // another finds them in the cache.
          int k = (j + from / slice + r) % builds.size();
          Build b = builds.get(k);
          long c0 = t.getCurrentThreadCpuTime();
          for (int i = from; i < from + slice; i++) {
            Object[] d = b.docs.get(i);
            long h = (long) b.hash.invoke(null, d[0]);
            @SuppressWarnings("unchecked") List<List<IndexableField>> recs = (List<List<IndexableField>>) (b.prints == null ? b.records.invoke(null, d[0], d[1], h) : b.records.invoke(null, d[0], d[1], h, b.prints));
            ws[k].addDocuments(recs);
          }
          if (flushEvery > 0 && (from / slice + 1) % flushEvery == 0) ws[k].flush();
          us[k] = (t.getCurrentThreadCpuTime() - c0) / 1e3 / slice;
        }
        if (r > 0) {
          for (int k = 1; k < us.length; k++) ratios.get(k - 1).add(us[k] / us[0]);
          for (int k = 0; k < us.length; k++) sum[k] += us[k];
          counted++;
        }
      }
      for (IndexWriter w : ws) w.rollback();
      if (counted == 0) continue;
      StringBuilder line = new StringBuilder(String.format("round %d: %d slices so far; mean us A %.1f", r, counted, sum[0] / counted));
      for (int k = 1; k < builds.size(); k++) {
        List<Double> v = new ArrayList<>(ratios.get(k - 1)); Collections.sort(v);
        char name = (char) ('A' + k);
        line.append(String.format("; %c %.1f, median ratio %c/A %.3f (quartiles %.3f %.3f)", name, sum[k] / counted, name, v.get(v.size() / 2), v.get(v.size() / 4), v.get(3 * v.size() / 4)));
      }
      System.out.println(line.append("; load ").append(Files.readString(Path.of("/proc/loadavg")).strip()));
    }
  }
}
