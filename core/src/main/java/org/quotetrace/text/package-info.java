/** Documents, their kinds and turns, spans, offsets and the problems met reading them. */
package org.quotetrace.text;
