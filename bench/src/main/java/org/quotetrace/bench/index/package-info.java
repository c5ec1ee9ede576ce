/** Benchmarks of source finding and variant grouping on generated corpora; never shipped. */
package org.quotetrace.bench.index;
