/** The corpus pipeline as an Apache Spark job (extract, variants, sources for every article), with results identical to the local path. */
package org.quotetrace.spark;
