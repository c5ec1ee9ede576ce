/**
 * Reading inputs into documents: decoding, main-text extraction from HTML and subtitles, and the
 * speaker turns of scripts and transcripts; start at {@link org.quotetrace.read.Readers}.
 */
package org.quotetrace.read;
