/**
 * A generator of labelled corpora of any size (transcripts, articles quoting them, wire copies and
 * unrelated articles) for measuring quotetrace's corpus mode; see {@link
 * org.quotetrace.bench.corpus.CorpusGenerator}.
 */
package org.quotetrace.bench.corpus;
