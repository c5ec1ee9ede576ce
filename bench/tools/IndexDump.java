import java.nio.file.Path;
import java.util.*;
import org.apache.lucene.index.*;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.Bits;

/**
 * Prints every live record of an index in an order of its own (by owner, then document before its
 * quotes by span), whatever the segments and doc ids: its stored fields, doc values, norms, and its
 * postings with frequencies and positions, field by field; the fields' index options first. Two
 * builds that index the same corpus write the same index when the md5s of their dumps agree.
 *
 * <pre>java -cp "$(find cli/target/lib -name "*.jar" | tr "\\n" :)" bench/tools/IndexDump.java INDEX_DIR</pre>
 */
public class IndexDump {
  public static void main(String[] a) throws Exception {
    List<String> out = new ArrayList<>();
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(Path.of(a[0])))) {
      System.err.println("commit data " + new TreeMap<>(r.getIndexCommit().getUserData()));
      for (LeafReaderContext leaf : r.leaves()) {
        LeafReader lr = leaf.reader();
        Bits live = lr.getLiveDocs();
        int max = lr.maxDoc();
        List<List<String>> lines = new ArrayList<>();
        String[] key = new String[max];
        StoredFields sf = lr.storedFields();
        for (int d = 0; d < max; d++) {
          List<String> l = new ArrayList<>();
          lines.add(l);
          if (live != null && !live.get(d)) continue;
          org.apache.lucene.document.Document doc = sf.document(d);
          String owner = doc.get("owner"), qs = doc.get("qstart"), qe = doc.get("qend");
          key[d] = owner + (qs == null ? " D" : " Q " + String.format("%08d %08d", Integer.parseInt(qs), Integer.parseInt(qe)));
          for (var f : doc.getFields()) {
            BytesRef b = f.binaryValue();
            l.add("S " + f.name() + "=" + (b != null ? b.toString() : f.numericValue() != null ? f.numericValue().getClass().getSimpleName() + ":" + f.numericValue() : f.stringValue()));
          }
        }
        for (FieldInfo fi : lr.getFieldInfos()) {
          String n = fi.name;
          switch (fi.getDocValuesType()) {
            case NUMERIC -> { NumericDocValues v = lr.getNumericDocValues(n); for (int d = v.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = v.nextDoc()) lines.get(d).add("N " + n + "=" + v.longValue()); }
            case BINARY -> { BinaryDocValues v = lr.getBinaryDocValues(n); for (int d = v.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = v.nextDoc()) lines.get(d).add("B " + n + "=" + v.binaryValue()); }
            case NONE -> {}
            default -> throw new IllegalStateException(n + " " + fi.getDocValuesType());
          }
          if (fi.hasNorms()) { NumericDocValues v = lr.getNormValues(n); for (int d = v.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = v.nextDoc()) lines.get(d).add("n " + n + "=" + v.longValue()); }
          out.add("FIELD " + n + " " + fi.getIndexOptions() + " norms=" + fi.hasNorms() + " dv=" + fi.getDocValuesType() + " points=" + fi.getPointDimensionCount() + " payloads=" + fi.hasPayloads() + " tv=" + fi.hasTermVectors());
          Terms t = lr.terms(n);
          if (t == null) continue;
          boolean pos = fi.getIndexOptions().compareTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS) >= 0;
          boolean freqs = fi.getIndexOptions().compareTo(IndexOptions.DOCS_AND_FREQS) >= 0;
          TermsEnum te = t.iterator();
          PostingsEnum pe = null;
          for (BytesRef term = te.next(); term != null; term = te.next()) {
            String ts = n.equals("fp") ? term.toString() : term.utf8ToString();
            pe = te.postings(pe, pos ? PostingsEnum.POSITIONS : PostingsEnum.FREQS);
            for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
              if (live != null && !live.get(d)) continue;
              StringBuilder b = new StringBuilder("P ").append(n).append(' ').append(ts);
              if (freqs) b.append(" f").append(pe.freq());
              if (pos) for (int i = 0; i < pe.freq(); i++) b.append(' ').append(pe.nextPosition());
              lines.get(d).add(b.toString());
            }
          }
        }
        for (int d = 0; d < max; d++) {
          if (key[d] == null) continue;
          List<String> l = lines.get(d);
          Collections.sort(l);
          out.add("R " + key[d] + "\n  " + String.join("\n  ", l));
        }
      }
    }
    Collections.sort(out);
    System.out.println(String.join("\n", new LinkedHashSet<>(out)));
  }
}
