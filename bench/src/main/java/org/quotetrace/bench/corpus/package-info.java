/** A generator of labelled corpora (transcripts, articles quoting them, wire copies, unrelated articles) of any size, for measuring corpus mode. */
package org.quotetrace.bench.corpus;
