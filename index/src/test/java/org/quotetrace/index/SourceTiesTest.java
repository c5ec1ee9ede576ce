package org.quotetrace.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotetrace.index.SmallCorpus.doc;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrace.quote.QuoteFinder;
import org.quotetrace.text.Document;
import org.quotetrace.text.DocumentKind;

/**
 * Sources that hold an article's quote equally well: a stock sentence said in several
 * transcripts, and a story reprinted word for word. The one a reader would name must come first.
 */
class SourceTiesTest {
  @TempDir static Path tmp;
  static CorpusIndex index;

  // Two councillors say the same stock sentence at two briefings; a third briefing, a week
  // earlier, has the first of them saying it too.
  private static final String AMES = """
      HOST: Councillor, when will the bridge open?
      PETRA AMES: The new footbridge over the Wenning will be finished before the first frost, and \
      the contractor has promised us that in writing.
      HOST: Thank you.
      """;
  private static final String BRODY = """
      HOST: Councillor, what about the footbridge?
      OWEN BRODY: The new footbridge over the Wenning will be finished before the first frost, and \
      the contractor has promised us that in writing.
      HOST: And the road?
      OWEN BRODY: The road will wait until the spring.
      """;
  private static final String STORY = """
      Ferry fares to rise in May

      The Skerne ferry will cost a pound more from May, the harbour board said on Monday. "We held \
      the fare for six years and the fuel bill has doubled since," said board chair Ilse Varga. \
      Islanders' groups said they would ask the county to cover the rise.
      """;

  @BeforeAll
  static void build() throws Exception {
    Path dir = tmp.resolve("idx");
    try (CorpusWriter w = CorpusWriter.open(dir)) {
      w.add(doc("ames-old", AMES, DocumentKind.TRANSCRIPT, "council.example", "2026-03-01T09:00:00Z"));
      w.add(doc("ames", AMES.replace("when will", "so when will"), DocumentKind.TRANSCRIPT,
          "council.example", "2026-03-08T09:00:00Z"));
      w.add(doc("brody", BRODY, DocumentKind.TRANSCRIPT, "council.example", "2026-03-08T09:00:00Z"));
      w.add(doc("story", STORY, DocumentKind.ARTICLE, "skerne.example", "2026-03-09T07:00:00Z"));
      w.commit();
    }
    index = CorpusIndex.open(dir);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  private static List<String> sourcesOf(Document article) throws Exception {
    return new SourceFinder(index).find(article, new QuoteFinder().find(article), 5).candidates()
        .stream().map(SourceFinder.Candidate::id).toList();
  }

  @Test
  void ofTwoTranscriptsWithTheSameSentenceTheOneWhereTheQuotedPersonSpeaksComesFirst() throws Exception {
    Document article = doc("a1", "Footbridge promised for autumn\n\n\"The new footbridge over the"
        + " Wenning will be finished before the first frost,\" Councillor Owen Brody said.",
        DocumentKind.ARTICLE, "gazette.example", "2026-03-08T15:00:00Z");
    List<String> found = sourcesOf(article);
    assertEquals("brody", found.get(0), found.toString());
  }

  @Test
  void ofTwoTranscriptsWhereTheSpeakerSaidItTheLatestBeforeTheArticleComesFirst() throws Exception {
    Document article = doc("a2", "Footbridge promised for autumn\n\n\"The new footbridge over the"
        + " Wenning will be finished before the first frost,\" Councillor Petra Ames said.",
        DocumentKind.ARTICLE, "gazette.example", "2026-03-08T15:00:00Z");
    List<String> found = sourcesOf(article);
    assertEquals("ames", found.get(0), found.toString());
  }

  @Test
  void aStoryReprintedWordForWordLaterHasTheOriginalAsItsSource() throws Exception {
    Document reprint = doc("reprint", STORY, DocumentKind.WIRE, "wire.example", "2026-03-09T11:00:00Z");
    assertTrue(sourcesOf(reprint).contains("story"), sourcesOf(reprint).toString());
  }

  @Test
  void theSameTextWithoutATimeIsTheArticleItselfAndNotItsSource() throws Exception {
    Document file = Document.article("story.txt", index.document("story").orElseThrow().text());
    assertTrue(!sourcesOf(file).contains("story"), sourcesOf(file).toString());
  }
}
