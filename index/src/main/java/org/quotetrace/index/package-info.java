/**
 * The corpus store: documents, their quotes and the fingerprints that source finding and variant
 * grouping need, in an embedded Lucene index on local disk.
 */
package org.quotetrace.index;
