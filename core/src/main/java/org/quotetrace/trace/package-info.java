/**
 * Traces each quote of an article to the places in its sources where it was said, and judges how
 * faithfully it was reproduced.
 *
 * <p>An article and its sources in, traced quotes out:
 *
 * <pre>{@code
 * QuoteFinder finder = new QuoteFinder();
 * Extraction article = finder.find(Readers.parse("article", articleText, ReadOptions.DEFAULTS));
 * Extraction interview = finder.find(Readers.parse("interview", transcriptText,
 *     ReadOptions.DEFAULTS.withKind(DocumentKind.TRANSCRIPT)));
 * Tracer tracer = new Tracer(() -> encoder);   // Tracer.lexical() compares by words only
 * Trace trace = tracer.trace(article, List.of(interview));
 * for (TracedQuote q : trace.quotes()) {
 *   System.out.println(q.verdict() + " " + q.fidelity() + " " + q.flags());
 *   q.matches().forEach(m -> System.out.println("  " + m.speaker() + ": " + m.text()));
 * }
 * }</pre>
 *
 * <p>Inside, three stages hand values on: each quote is cut into sentences ({@code Unit}); each
 * sentence is looked for word by word and, where words leave it in doubt, by meaning, giving an
 * immutable {@code Finding}; a {@code Judge} puts a quote's findings together into a verdict,
 * flags and edits. Who says what is a {@link org.quotetrace.trace.Voice}: a named speaker, the
 * source's narrator, or unknown.
 *
 * <h2>Hints, tips and traps</h2>
 *
 * <ul>
 *   <li>Give quotes found once: an index or a service that already holds a document's quotes
 *       passes its {@code Extraction}; {@code trace(Document, List<Document>)} finds them again.
 *   <li>A tracer keeps the last sixteen sources it prepared: trace the coverage of one
 *       transcript with the same tracer and the transcript is read once.
 *   <li>Spans are UTF-16 offsets into each document's text; reports print code points.
 * </ul>
 */
package org.quotetrace.trace;
