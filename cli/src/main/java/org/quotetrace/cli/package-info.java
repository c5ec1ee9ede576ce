/** The {@code quotetrace} command line: one class per subcommand, over core and index. */
package org.quotetrace.cli;
