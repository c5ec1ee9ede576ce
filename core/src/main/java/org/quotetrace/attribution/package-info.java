/**
 * Reported speech: every attribution in a text, each a source, a cue and a content span, found by
 * a linear-chain sequence model over tokens; start at {@link org.quotetrace.attribution.AttributionFinder}.
 */
package org.quotetrace.attribution;
