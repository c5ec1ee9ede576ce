package org.quotetrace.cli;

import java.io.PrintStream;
import org.quotetrace.quote.Extraction;
import org.quotetrace.quote.Quote;
import org.quotetrace.quote.QuoteKind;
import org.quotetrace.report.TerminalText;
import org.quotetrace.text.Offsets;

/** Plain-text tables for terminals. */
final class TextTable {
  private TextTable() {}

  static void quotes(PrintStream out, Extraction ex, boolean all) {
    String text = ex.document().text();
    Offsets off = Offsets.of(text);
    // Origins and quotes come from the documents: no control character reaches the terminal.
    out.println(TerminalText.safe("== " + ex.document().origin() + " (" + ex.document().kind().id()
        + ", " + ex.speech().size() + " speech quotes)"));
    for (Quote q : ex.quotes()) {
      if (!all && q.kind() != QuoteKind.SPEECH) {
        continue;
      }
      String where = off.toCodePoint(q.span().start()) + "-" + off.toCodePoint(q.span().end());
      String kind = q.kind() == QuoteKind.SPEECH ? (q.turn() ? "turn" : "") : q.kind().id();
      out.println(TerminalText.safe(String.format("%-11s %-6s %-32s \"%s\"", where, kind,
          QuotesCommand.oneLine(QuotesCommand.speakerOf(q), 32),
          QuotesCommand.oneLine(q.text(text), 90))));
    }
  }
}
