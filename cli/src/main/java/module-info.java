/**
 * The {@code quotetrace} command line. It exports nothing: the launcher starts {@code
 * org.quotetrace.cli.Main}, and picocli, which reads the commands' annotations and fills their
 * fields, is the only module let in.
 */
module org.quotetrace.cli {
  requires org.quotetrace.server;
  requires org.quotetrace.index;
  requires info.picocli;
  requires me.tongfei.progressbar;
  // Main quiets one of Lucene's loggers (java.util.logging) before the first index opens.
  requires java.logging;

  opens org.quotetrace.cli to info.picocli;
}
