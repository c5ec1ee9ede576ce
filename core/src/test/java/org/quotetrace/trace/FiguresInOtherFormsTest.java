package org.quotetrace.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A figure given in another form than the source's: one figure, not a change. */
class FiguresInOtherFormsTest {
  private static List<MeaningCheck.Kind> kinds(String quote, String source) {
    return MeaningCheck.differences(quote, source).stream().map(MeaningCheck.Difference::kind)
        .toList();
  }

  @Test
  void aFifthOrATenthIsTheSameShareInPerCent() {
    assertEquals(List.of(), kinds("the ferry fares had gone up by 20 per cent in a year",
        "The ferry fares have gone up by a fifth in a year."));
    assertEquals(List.of(), kinds("one tenth of the orchards would be replanted",
        "Ten per cent of the orchards will be replanted."));
    assertEquals(List.of(MeaningCheck.Kind.NUMBER),
        kinds("the ferry fares had gone up by 30 per cent in a year",
            "The ferry fares have gone up by a fifth in a year."));
  }

  @Test
  void anOrdinalThatIsNoShareStaysAnOrdinal() {
    assertEquals(List.of(MeaningCheck.Kind.NUMBER),
        kinds("the ferry would sail on the 20th", "The ferry sails on the fifth."));
  }

  @Test
  void penceInShortAreTheSameFigureAsPenceInWords() {
    assertEquals(List.of(), kinds("the bus fare had been halved to 80p",
        "We have cut the bus fare from one pound sixty to eighty pence."));
    assertEquals(List.of(), kinds("stamps would cost 12p more",
        "Stamps will cost twelve pence more."));
    assertEquals(List.of(MeaningCheck.Kind.NUMBER), kinds("stamps would cost 15p more",
        "Stamps will cost twelve pence more."));
  }
}
