package org.quotetrace.trace;

import org.quotetrace.text.Span;

/**
 * One sentence of a quote, between ellipses: the unit that is looked for in the sources. What was
 * found for it is a {@link Finding}.
 *
 * @param segment which of the quote's ellipsis-separated segments holds it
 * @param span the sentence in the article
 * @param tokens article word indices, bracketed insertions left out; not copied, never changed
 * @param speaker the speaker of the quote the unit belongs to: named when resolved, otherwise
 *     unknown
 */
record Unit(int segment, Span span, int[] tokens, Voice speaker) {}
