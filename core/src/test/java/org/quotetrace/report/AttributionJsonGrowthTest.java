package org.quotetrace.report;

import static org.quotetrace.text.Growth.assertLinear;
import static org.quotetrace.text.Growth.mix;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.attribution.Attribution;
import org.quotetrace.attribution.AttributionFinder;
import org.quotetrace.quote.Extraction;
import org.quotetrace.quote.QuoteFinder;
import org.quotetrace.text.Document;

/**
 * The quotes JSON once asked every quote about every attribution (which quotes it holds, whose
 * name its source is): a long document of many short stories took 27 s for 1.6 MB.
 */
class AttributionJsonGrowthTest {
  private record Found(Extraction quotes, List<Attribution> attributions) {}

  @Test
  void aLongDocumentsAttributionsAreWrittenInLinearTime() {
    QuoteFinder finder = new QuoteFinder();
    AttributionFinder attributions = AttributionFinder.shipped();
    assertLinear("attributions JSON", 200_000, n -> {
      String text = mix(n, 11, "“We will rebuild the bridge,” Mayor Ilse Brandt said.\n\n",
          "Brandt told reporters the toll was dead. ", "“Never,” said Tomas Grey.\n\n",
          "The council, according to Mina Okafor, “has no mandate.”\n\n", "It rained. ");
      return new Found(finder.find(Document.article("long.txt", text)), attributions.find(text));
    }, found -> QuoteJson.document(found.quotes(), found.attributions()));
  }
}
