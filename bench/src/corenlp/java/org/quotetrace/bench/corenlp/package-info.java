/** Stanford CoreNLP's quote attribution run side by side with quotetrace (GPL: bench profile only). */
package org.quotetrace.bench.corenlp;
