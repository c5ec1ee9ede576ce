/** Traces each quote of an article to the places in its sources where it was said, and judges how faithfully it was reproduced. */
package org.quotetrace.trace;
