/**
 * Sentence meaning as vectors, so that translation variants and paraphrases of a quote can be told
 * from different statements on the same topic; start at {@link org.quotetrace.meaning.MiniLmEncoder}.
 */
package org.quotetrace.meaning;
