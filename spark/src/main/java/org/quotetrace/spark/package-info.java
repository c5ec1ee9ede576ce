/** The corpus pipeline as an Apache Spark job (extract, variants), with results identical to the local path. */
package org.quotetrace.spark;
