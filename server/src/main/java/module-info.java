/**
 * The desk: quotetrace's HTTP API and web pages ({@code quotetrace serve}). {@code DeskServer} and
 * its {@code Settings} are exported, to start the desk from the command line or inside another
 * program; the routes, the engine behind them and the web pages (resources read by this module's
 * own classes) stay inside.
 */
module org.quotetrace.server {
  requires transitive org.quotetrace.index;
  requires io.javalin;

  exports org.quotetrace.server;
}
