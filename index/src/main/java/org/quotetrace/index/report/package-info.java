/** Writes what the index answers (searches, groups of variants, sources) as JSON and text. */
package org.quotetrace.index.report;
