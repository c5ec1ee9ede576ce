import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.quotetrace.index.CorpusIndex;
import org.quotetrace.index.SourcesTable;
import org.quotetrace.index.TopSources;

/**
 * The CPU one article of {@code sources --all} costs on one thread, at the start of the index's
 * order: the table is worked out on the calling thread (one worker) and stopped once WARM + N
 * articles with sources have been written; the thread's CPU over the last N of them, per article
 * with sources, and the md5 of the pairs written (to compare two builds on the same articles).
 * Opening the index and reading every document's id, kind and time is not counted.
 *
 * <pre>java -Xmx2g -cp "cli/target/quotetrace.jar:$(find cli/target/lib -name "*.jar" | tr "\\n" :)" \
 *   bench/tools/SourcesPerArticle.java INDEX_DIR WARM N</pre>
 */
public class SourcesPerArticle {
  static final class Stop extends RuntimeException {
    Stop() {
      super(null, null, false, false);
    }
  }

  public static void main(String[] a) throws Exception {
    int warm = Integer.parseInt(a[1]);
    int n = Integer.parseInt(a[2]);
    var bean = ManagementFactory.getThreadMXBean();
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    MessageDigest md5 = MessageDigest.getInstance("MD5");
    long[] at = new long[4];
    int[] articles = {0};
    long[] pairs = {0};
    String[] last = {null};
    try (CorpusIndex index = CorpusIndex.open(Path.of(a[0]))) {
      try {
        SourcesTable.all(index, TopSources.DEFAULT_TOP, 1, p -> {
          if (!p.article().equals(last[0])) {
            last[0] = p.article();
            if (articles[0] == warm) {
              at[0] = bean.getCurrentThreadCpuTime();
              at[1] = os.getProcessCpuTime();
            }
            if (articles[0] == warm + n) {
              at[2] = bean.getCurrentThreadCpuTime();
              at[3] = os.getProcessCpuTime();
              throw new Stop();
            }
            articles[0]++;
          }
          if (articles[0] > warm) {
            pairs[0]++;
            md5.update((p.toString() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
          }
        });
      } catch (Stop s) {
        // enough articles
      }
    }
    if (at[2] == 0) {
      System.out.println("fewer than " + (warm + n) + " articles with sources");
      return;
    }
    System.out.printf("%d articles with sources after %d: %d pairs; thread CPU %.3f ms an article,"
        + " process CPU %.3f ms an article; md5 %s%n", n, warm, pairs[0],
        (at[2] - at[0]) / 1e6 / n, (at[3] - at[1]) / 1e6 / n, HexFormat.of().formatHex(md5.digest()));
  }
}
