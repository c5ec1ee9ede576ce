/** Benchmarks of quotetrace's pipeline on the shared evaluation texts; never shipped. */
package org.quotetrace.bench;
