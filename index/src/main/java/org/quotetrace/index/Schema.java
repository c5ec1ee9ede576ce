package org.quotetrace.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.EmptyTokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.quotetrace.quote.Extraction;
import org.quotetrace.quote.Mention;
import org.quotetrace.quote.Quote;
import org.quotetrace.quote.QuoteKind;
import org.quotetrace.quote.Speaker;
import org.quotetrace.text.Document;
import org.quotetrace.text.Offsets;
import org.quotetrace.text.Span;
import org.quotetrace.trace.Fingerprints;

/**
 * What the index holds and how a document becomes index records: one record for the document and
 * one for each of its quotes, written and deleted together as a block keyed by the document id.
 *
 * <p>Quote offsets are stored as Unicode code points into the stored text, the form every output
 * uses.
 */
final class Schema {
  private Schema() {}

  /** Written into every commit; an index without it is not quotetrace's. */
  static final String FORMAT_KEY = "quotetrace.index.format";
  static final String FORMAT = "2";

  // Both record types
  static final String TYPE = "type";
  static final String DOC = "doc";
  static final String QUOTE = "quote";
  /** The document id on the document and on each of its quotes: the key a block is replaced by. */
  static final String OWNER = "owner";
  static final String KIND = "kind";
  static final String OUTLET = "outlet";
  /** The outlet lower-cased, for filtering. */
  static final String OUTLET_KEY = "outlet_key";
  /** Epoch milliseconds; absent when the time is unknown. */
  static final String PUBLISHED = "published";

  // Document records
  /** The first 64 bits of a SHA-256 of everything indexed about the document. */
  static final String HASH = "hash";
  static final String ORIGIN = "origin";
  /** A hash of the text alone, whitespace folded: the same story under another name or URL. */
  static final String TEXT_HASH = "texthash";
  static final String TITLE = "title";
  static final String TEXT = "text";
  /** The text for word search and for the MoreLikeThis baseline: English-analysed. */
  static final String BODY = "body";
  /** Winnowed hashes of word trigrams of the whole text: what source finding looks up. */
  static final String FP = "fp";
  /**
   * What source finding measures the document by, binary doc values ({@link DocProfiles#encode}):
   * ranking reads it instead of stemming the text. A document indexed before it was written has
   * none, and its profile is made from its text; the index format is unchanged.
   */
  static final String PROFILE = "profile";

  // Quote records
  /**
   * The quote's text, stored; its words are indexed for quotes. A turn's are indexed apart, in
   * {@link #TURN_WORDS}.
   */
  static final String QTEXT = "qtext";
  /** Quote offsets are stored as code points, as they are printed. */
  static final String QSTART = "qstart";
  static final String QEND = "qend";
  /** 1 for a transcript turn or SOT block, which is an utterance rather than a quotation. */
  static final String TURN = "turn";
  /**
   * A turn's words, for finding turns by their words without reading every turn of every
   * transcript that holds them. Apart from {@link #QTEXT}, whose statistics rank quotes: a turn is
   * scored against the quotes' statistics (see {@code QuoteSearch}), with its own counts,
   * positions (for phrases) and length.
   */
  static final String TURN_WORDS = "turn_words";
  /**
   * Commit data: "1" when every turn in the index carries {@link #TURN_WORDS}, that is when the
   * index was created by a version that writes them. An index begun before keeps its turns found
   * through their document's {@link #BODY}, more slowly, and stays readable.
   */
  static final String TURN_WORDS_KEY = "quotetrace.index.turnWords";
  static final String SPEAKER = "speaker";
  /** The speaker's name analysed, so that "Haftar" finds "Khalifa Haftar". */
  static final String SPEAKER_WORDS = "speaker_words";
  /** Winnowed hashes of the quote's word trigrams, for grouping variants without re-reading text. */
  static final String QFP = "qfp";
  static final String QWORDS = "qwords";
  /** A hash of the speaker's surname, lower-cased: "BRIAN GRIMTON", "Grimton" and "Brian Grimton" agree. */
  static final String QSPEAKER = "qspeaker";
  /**
   * How the quote's speaker was found and where the text says so, so that tracing reads the quote
   * back rather than finding it again: {@code basis,mentionStart,mentionEnd,cueStart,cueEnd}, code
   * points, -1 where there is none, empty when the quote has no speaker. One stored string: four
   * numeric fields would cost more on every quote of a corpus.
   */
  static final String QWHO = "qwho";
  /**
   * On a document record: its quote records carry {@link #QWHO}. A document indexed before they
   * did has its quotes found again when read back.
   */
  static final String QUOTES_WHOLE = "quotes_whole";

  /** Word n-gram lengths and winnowing windows; changing them needs a new {@link #FORMAT}. */
  static final int DOC_GRAM = 3;
  static final int DOC_WINDOW = 4;
  static final int QUOTE_GRAM = 3;
  static final int QUOTE_WINDOW = 3;

  private static final FieldType HASHES = new FieldType();
  private static final FieldType TURN_WORDS_TYPE = new FieldType();
  /** Words with their counts, for ranking and MoreLikeThis, but no positions: nothing asks a phrase of a whole text. */
  static final FieldType BODY_TYPE = new FieldType(TextField.TYPE_NOT_STORED);

  static {
    HASHES.setIndexOptions(IndexOptions.DOCS);
    HASHES.setTokenized(true);
    HASHES.setOmitNorms(true);
    HASHES.freeze();
    BODY_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    BODY_TYPE.freeze();
    TURN_WORDS_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    TURN_WORDS_TYPE.setTokenized(true);
    TURN_WORDS_TYPE.freeze();
  }

  /** The analyzer documents are indexed with: {@link #textAnalyzer}'s terms, found faster. */
  static Analyzer analyzer() {
    return new IndexAnalyzer();
  }

  /** The analyzer for text searched against {@link #BODY} and {@link #QTEXT}. */
  static Analyzer textAnalyzer() {
    return new EnglishAnalyzer();
  }

  /** The terms {@code a} makes of {@code text} for {@code field}, in order. */
  static List<String> terms(Analyzer a, String field, String text) {
    return Arrays.asList(positioned(a, field, text).terms());
  }

  /**
   * Terms with their positions: a stop word leaves no term but keeps its place, so "rule of law"
   * has "rule" at 0 and "law" at 2.
   */
  record Positioned(String[] terms, int[] positions) {}

  /** The terms {@code a} makes of {@code text} for {@code field}, with their positions. */
  static Positioned positioned(Analyzer a, String field, String text) {
    List<String> terms = new ArrayList<>();
    int[] positions = new int[16];
    try (TokenStream ts = a.tokenStream(field, text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int pos = -1;
      while (ts.incrementToken()) {
        pos += inc.getPositionIncrement();
        if (terms.size() == positions.length) {
          positions = Arrays.copyOf(positions, positions.length * 2);
        }
        positions[terms.size()] = pos;
        terms.add(t.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Positioned(terms.toArray(new String[0]), Arrays.copyOf(positions, terms.size()));
  }

  /**
   * The words of a name, lower-cased: each is a term, so "Haftar" finds "Khalifa Haftar". None for
   * null, the name of a speaker who could not be resolved.
   */
  static List<String> nameWords(String name) {
    if (name == null) {
      return List.of();
    }
    String lower = name.toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>(4);
    int start = -1;
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      boolean inWord = Character.isLetter(cp) || isNumber(cp);
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        out.add(lower.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      out.add(lower.substring(start));
    }
    return out;
  }

  /** {@code \\p{N}}: a digit, a letter number (Ⅻ) or another number (½). */
  private static boolean isNumber(int cp) {
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** The surname's hash, or 0 for a name with no letters or none at all. */
  static long speakerKey(String name) {
    if (name == null) {
      return 0;
    }
    // The last run of letters, apostrophes and hyphens.
    String lower = name.strip().toLowerCase(Locale.ROOT);
    int end = lower.length();
    while (end > 0) {
      int cp = lower.codePointBefore(end);
      if (isSurnamePart(cp)) {
        break;
      }
      end -= Character.charCount(cp);
    }
    if (end == 0) {
      return 0;
    }
    int start = end;
    while (start > 0) {
      int cp = lower.codePointBefore(start);
      if (!isSurnamePart(cp)) {
        break;
      }
      start -= Character.charCount(cp);
    }
    return Fingerprints.hash(lower.substring(start, end)) | 1;
  }

  private static boolean isSurnamePart(int cp) {
    return Character.isLetter(cp) || cp == '\'' || cp == '’' || cp == '-';
  }

  static String outletKey(String outlet) {
    return outlet.strip().toLowerCase(Locale.ROOT);
  }

  static String textHash(String text) {
    MessageDigest md = sha256();
    foldedUtf8(text, md);
    return java.util.HexFormat.of().formatHex(md.digest(), 0, 16);
  }

  /**
   * This thread's SHA-256, reset: every document indexed is hashed twice, and looking the
   * algorithm up among the security providers each time cost a third of the hashing (JFR).
   * {@link MessageDigest#digest} leaves it reset for the next use.
   */
  private static MessageDigest sha256() {
    MessageDigest md = SHA256.get();
    md.reset();
    return md;
  }

  private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  });

  /**
   * Feeds {@code md} the UTF-8 bytes of {@code text.strip().replaceAll("\\s+", " ")} without
   * making the folded text: the folding cost more than the hash on every indexed document.
   * Existing hashes must not change: ends stripped of Unicode white space, inner runs of ASCII
   * white space (what {@code \s} means) folded to one space, and a lone surrogate encoded as '?',
   * as {@link String#getBytes} does. The text is encoded whole by the JDK's own encoder, much
   * faster than a character at a time, and folded in its bytes: in UTF-8 an ASCII byte is always
   * that ASCII character.
   */
  static void foldedUtf8(String text, MessageDigest md) {
    int from = 0;
    int to = text.length();
    while (from < to) {
      int cp = text.codePointAt(from);
      if (!Character.isWhitespace(cp)) {
        break;
      }
      from += Character.charCount(cp);
    }
    while (to > from) {
      int cp = text.codePointBefore(to);
      if (!Character.isWhitespace(cp)) {
        break;
      }
      to -= Character.charCount(cp);
    }
    // The whole text's bytes, often encoded already for its content hash; the stripped ends are
    // white space, never a surrogate, so they take the same bytes alone as in the whole.
    Utf8 utf8 = UTF8.get();
    byte[] whole = utf8.of(text);
    int end = utf8.length - utf8Length(text, to, text.length());
    byte[] b = utf8.scratch(end);
    int n = 0;
    for (int i = utf8Length(text, 0, from); i < end; i++) {
      byte c = whole[i];
      if (isRegexSpace(c)) {
        while (i + 1 < end && isRegexSpace(whole[i + 1])) {
          i++;
        }
        c = ' ';
      }
      b[n++] = c;
    }
    md.update(b, 0, n);
  }

  /** The UTF-8 length of {@code text[from, to)}, which holds no surrogate. */
  private static int utf8Length(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      n += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
    return n;
  }

  /**
   * This thread's UTF-8 encoding of the last text it encoded, kept by identity: a document's text
   * is encoded for its content hash and again for its text hash, 5 KB each time on a news article.
   */
  private static final class Utf8 {
    private String text;
    private byte[] bytes;
    private int length;
    private byte[] scratch = new byte[1 << 13];

    /** The bytes of {@code text}, the first {@link #length} of the array returned. */
    byte[] of(String s) {
      if (s != text) {
        bytes = s.getBytes(StandardCharsets.UTF_8);
        length = bytes.length;
        text = s;
      }
      return bytes;
    }

    /** An array of at least {@code size} bytes to fold into; kept unless a rare long text's. */
    byte[] scratch(int size) {
      if (scratch.length < size) {
        if (size > 1 << 20) {
          return new byte[size];
        }
        scratch = new byte[Math.max(size, scratch.length * 2)];
      }
      return scratch;
    }
  }

  private static final ThreadLocal<Utf8> UTF8 = ThreadLocal.withInitial(Utf8::new);

  /** Space, tab, line feed, vertical tab, form feed, carriage return. */
  private static boolean isRegexSpace(byte c) {
    return c == ' ' || c >= '\t' && c <= '\r';
  }

  static long contentHash(Document d) {
    MessageDigest md = sha256();
    for (String s : new String[] {d.id(), d.kind().id(), d.origin(), d.title().orElse(""),
        d.outlet().orElse(""), d.published().map(Object::toString).orElse("")}) {
      md.update(s.getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
    }
    Utf8 utf8 = UTF8.get();
    md.update(utf8.of(d.text()), 0, utf8.length);
    md.update((byte) 0);
    md.update(FORMAT.getBytes(StandardCharsets.UTF_8));
    return ByteBuffer.wrap(md.digest()).getLong();
  }

  /** The records of one document: the document first, then its quotes in text order. */
  static List<List<IndexableField>> records(Document d, Extraction found, long hash) {
    return records(d, found, hash, null);
  }

  /**
   * @param prints where {@link #FP}'s hashes wait for their segment ({@link PendingPrints}, the
   *     writer's codec's), or null to have Lucene invert them as terms
   */
  static List<List<IndexableField>> records(Document d, Extraction found, long hash,
      PendingPrints prints) {
    List<List<IndexableField>> out = new ArrayList<>(1 + found.quotes().size());
    String text = d.text();
    Long published = d.published().map(java.time.Instant::toEpochMilli).orElse(null);
    String outlet = d.outlet().orElse(null);

    List<IndexableField> doc = new ArrayList<>(16);
    common(doc, DOC, d, outlet, published);
    doc.add(new NumericDocValuesField(HASH, hash));
    doc.add(new StringField(TEXT_HASH, textHash(text), Field.Store.NO));
    d.title().ifPresent(t -> doc.add(new StoredField(TITLE, t)));
    doc.add(new StoredField(QUOTES_WHOLE, 1));
    doc.add(new StoredField(TEXT, text));
    TextTokens tokens = TOKENS.get();
    tokens.analyse(text);
    doc.add(new Field(BODY, tokens.counted(), BODY_TYPE));
    Fingerprints.Stemmed stemmed = Fingerprints.Stemmed.of(text);
    long[] fp = Fingerprints.winnow(stemmed.shingles(DOC_GRAM), DOC_WINDOW);
    doc.add(new Field(FP, prints == null ? new HashTokens(fp) : prints.tokens(hash, fp), HASHES));
    doc.add(new BinaryDocValuesField(PROFILE, DocProfiles.encode(d, stemmed)));
    out.add(doc);

    // A text without surrogates, nearly every one, counts code points as UTF-16 units.
    Offsets cp = tokens.surrogates() ? Offsets.of(text) : null;
    for (Quote q : found.quotes()) {
      if (q.kind() != QuoteKind.SPEECH) {
        continue;
      }
      String qt = q.text(text);
      int words = stemmed.count(q.span().start(), q.span().end());
      if (words == 0) {
        continue;
      }
      List<IndexableField> r = new ArrayList<>(16);
      common(r, QUOTE, d, outlet, published);
      if (q.turn()) {
        // A turn's words are its transcript's: analysing them twice cost a tenth of indexing.
        // The field is indexed with no words rather than stored alone, since Lucene holds one
        // kind of field to a name.
        r.add(new StoredField(QTEXT, qt));
        r.add(new Field(QTEXT, new EmptyTokenStream(), TextField.TYPE_NOT_STORED));
      } else {
        r.add(new StoredField(QTEXT, qt));
        r.add(words(QTEXT, tokens, q.span(), qt, TextField.TYPE_NOT_STORED));
      }
      r.add(new StoredField(QSTART, codePoint(cp, q.span().start())));
      r.add(new StoredField(QEND, codePoint(cp, q.span().end())));
      if (q.turn()) {
        r.add(new StringField(TURN, "1", Field.Store.YES));
        r.add(new NumericDocValuesField(TURN, 1));
        r.add(words(TURN_WORDS, tokens, q.span(), qt, TURN_WORDS_TYPE));
      }
      // Only a resolved person: an unresolved mention ("they", "the statement") is nobody's
      // name, and taken for one it would pool every "they" of the corpus as one speaker.
      String name = q.speakerIfKnown().map(s -> s.name()).orElse(null);
      if (name != null && !name.isBlank()) {
        r.add(new NumericDocValuesField(QSPEAKER, speakerKey(name)));
        r.add(new StoredField(SPEAKER, name));
        for (String word : nameWords(name)) {
          r.add(new StringField(SPEAKER_WORDS, word, Field.Store.NO));
        }
      }
      r.add(new StoredField(QWHO, who(q, cp)));
      long[] grams = Fingerprints.winnow(
          stemmed.shingles(q.span().start(), q.span().end(), QUOTE_GRAM), QUOTE_WINDOW);
      r.add(new BinaryDocValuesField(QFP, packInts(grams)));
      r.add(new NumericDocValuesField(QWORDS, words));
      out.add(r);
    }
    return out;
  }

  /**
   * This thread's analysis of the text being indexed: {@link #BODY}'s terms, and the quotes' and
   * turns' taken from them.
   */
  private static final ThreadLocal<TextTokens> TOKENS = ThreadLocal.withInitial(TextTokens::new);

  /** The field of a quote's or turn's words: from the text's terms when they can be, else analysed. */
  private static Field words(String name, TextTokens tokens, Span span, String words,
      FieldType type) {
    TokenStream terms = tokens.span(span.start(), span.end());
    return terms != null ? new Field(name, terms, type) : new Field(name, words, type);
  }

  /** @param cp the text's offsets, or null for a text without surrogates */
  static String who(Quote q, Offsets cp) {
    if (q.speaker() == null) {
      return "";
    }
    Mention m = q.speaker().mention();
    Mention c = q.cue();
    return q.speaker().basis().id() + ","
        + (m == null ? "-1,-1" : codePoint(cp, m.span().start()) + "," + codePoint(cp, m.span().end()))
        + ","
        + (c == null ? "-1,-1" : codePoint(cp, c.span().start()) + "," + codePoint(cp, c.span().end()));
  }

  /** The code point offset of a UTF-16 index: itself in a text without surrogates ({@code cp} null). */
  private static int codePoint(Offsets cp, int utf16) {
    return cp == null ? utf16 : cp.toCodePoint(utf16);
  }

  /**
   * A quote record read back whole: the stored span, turn, speaker name and {@link #QWHO}, with
   * {@code text} the document's text and {@code cp} its offsets.
   */
  static Quote quote(org.apache.lucene.document.Document r, String text, Offsets cp) {
    Span span = new Span(cp.toUtf16(r.getField(QSTART).numericValue().intValue()),
        cp.toUtf16(r.getField(QEND).numericValue().intValue()));
    boolean turn = r.get(TURN) != null;
    String who = r.get(QWHO);
    String name = r.get(SPEAKER);
    Speaker speaker = null;
    Mention cue = null;
    if (who != null && !who.isEmpty()) {
      String[] f = who.split(",");
      Mention mention = mention(text, cp, f[1], f[2]);
      cue = mention(text, cp, f[3], f[4]);
      if (name != null || mention != null) {
        speaker = new Speaker(name, mention,
            Speaker.Basis.valueOf(f[0].toUpperCase(java.util.Locale.ROOT)));
      }
    }
    return new Quote(span, QuoteKind.SPEECH, speaker, cue, turn);
  }

  private static Mention mention(String text, Offsets cp, String start, String end) {
    int s = Integer.parseInt(start);
    return s < 0 ? null : Mention.of(text, cp.toUtf16(s), cp.toUtf16(Integer.parseInt(end)));
  }

  private static void common(List<IndexableField> r, String type, Document d, String outlet,
      Long published) {
    r.add(new StringField(TYPE, type, Field.Store.NO));
    r.add(new StringField(OWNER, d.id(), Field.Store.YES));
    if (type.equals(DOC)) {
      // A quote's kind, origin and outlet are its document's, read from there when shown: a
      // corpus has several quotes for each document, and each stored field costs on all of them.
      r.add(new StringField(KIND, d.kind().id(), Field.Store.YES));
      r.add(new StoredField(ORIGIN, d.origin()));
      if (outlet != null) {
        r.add(new StoredField(OUTLET, outlet));
      }
    }
    if (outlet != null) {
      r.add(new StringField(OUTLET_KEY, outletKey(outlet), Field.Store.NO));
    }
    if (published != null) {
      r.add(new LongPoint(PUBLISHED, published));
      r.add(new NumericDocValuesField(PUBLISHED, published));
      r.add(new StoredField(PUBLISHED, published));
    }
  }

  /** The low 32 bits of each hash, big-endian: half the space, and collisions only add candidates. */
  static BytesRef packInts(long[] hashes) {
    long[] d = Fingerprints.distinct(lowInts(hashes));
    byte[] b = new byte[d.length * 4];
    for (int i = 0; i < d.length; i++) {
      int v = (int) d[i];
      b[4 * i] = (byte) (v >>> 24);
      b[4 * i + 1] = (byte) (v >>> 16);
      b[4 * i + 2] = (byte) (v >>> 8);
      b[4 * i + 3] = (byte) v;
    }
    return new BytesRef(b);
  }

  private static long[] lowInts(long[] hashes) {
    long[] out = new long[hashes.length];
    for (int i = 0; i < hashes.length; i++) {
      out[i] = (int) hashes[i];
    }
    return out;
  }

  static int[] unpackInts(BytesRef ref) {
    int[] out = new int[ref.length / 4];
    for (int i = 0; i < out.length; i++) {
      int o = ref.offset + 4 * i;
      out[i] = (ref.bytes[o] & 0xff) << 24 | (ref.bytes[o + 1] & 0xff) << 16
          | (ref.bytes[o + 2] & 0xff) << 8 | ref.bytes[o + 3] & 0xff;
    }
    return out;
  }
}
