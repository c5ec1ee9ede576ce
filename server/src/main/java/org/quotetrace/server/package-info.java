/** The desk: quotetrace's HTTP API and the web pages that use it, served by one process. */
package org.quotetrace.server;
