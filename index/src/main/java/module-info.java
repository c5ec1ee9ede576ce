/**
 * The corpus store on local disk: reading corpora (folders, JSON Lines, WARC), indexing documents
 * and their quotes in Lucene, finding an article's sources, grouping quote variants and searching
 * quotes. {@code org.quotetrace.index} is what a program over a corpus calls; no exported
 * signature names a Lucene type. {@code index.report}, the command line's JSON and text for
 * searches, variants and sources, is the command line's and the desk's, which answers in the same
 * shapes ({@code SourcesTrace.json} gives the sources JSON to everyone).
 */
// The command line and the desk, named in a qualified export, are compiled after this module; the automatic
// modules required are the libraries that publish no descriptor, named as the JDK names them.
@SuppressWarnings({"module", "requires-automatic"})
module org.quotetrace.index {
  requires transitive org.quotetrace.core;
  requires org.apache.lucene.core;
  requires org.apache.lucene.analysis.common;
  requires org.apache.lucene.queries;
  // No module descriptor: named after its jar file.
  requires jwarc;

  exports org.quotetrace.index;
  exports org.quotetrace.index.report to org.quotetrace.cli, org.quotetrace.server;
}
