/** Writes quotes and traces as JSON, terminal text and a side-by-side HTML page. */
package org.quotetrace.report;
