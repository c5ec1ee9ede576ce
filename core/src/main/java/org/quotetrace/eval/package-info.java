/** Scores quote finding, speakers and tracing against gold data and the labelled trace cases. */
package org.quotetrace.eval;
