/**
 * quotetrace's model and algorithms: reading documents, finding quotes and their speakers,
 * reported speech, tracing quotes to their sources, and writing reports. No index, no server.
 *
 * <p>Everything a program that traces quotes calls is exported: {@code read} (bytes to a {@code
 * Document}), {@code text} (documents, spans, problems), {@code quote} (quotes and speakers),
 * {@code attribution} (reported speech), {@code meaning} (the sentence encoder a tracer compares
 * meaning with), {@code trace} (article and sources to traced quotes) and {@code report} (JSON,
 * text and HTML). {@code eval} (scoring against gold data, training the speaker and kind models)
 * serves the command line's {@code eval}, {@code speakers} and {@code kinds} commands only.
 */
// The command line, named in a qualified export, is compiled after this module; the automatic
// modules required are the libraries that publish no descriptor, named as the JDK names them.
@SuppressWarnings({"module", "requires-automatic"})
module org.quotetrace.core {
  // report.TerminalText hands out a Jackson ObjectMapper, and index and server build their JSON
  // with the same tree types.
  requires transitive com.fasterxml.jackson.databind;
  requires org.jsoup;
  // The Snowball English stemmer, for inflected forms when aligning quotes.
  requires org.apache.lucene.analysis.common;
  // The sentence-embedding model: its jar, langchain4j's ONNX encoder and ONNX Runtime. None has a
  // module descriptor; the first three are named after their jar files, ONNX Runtime by its
  // manifest.
  requires langchain4j.core;
  requires langchain4j.embeddings;
  requires langchain4j.embeddings.all.minilm.l6.v2.q;
  requires com.microsoft.onnxruntime;
  // Part-of-speech tags, for who does what to whom in MeaningCheck and for the attribution
  // model's tag dictionary when training: OpenNLP names its module in its manifest; the English
  // tagger model's jar has no name and is named after its file.
  requires org.apache.opennlp.tools;
  requires opennlp.models.pos.en;

  exports org.quotetrace.text;
  exports org.quotetrace.read;
  exports org.quotetrace.quote;
  exports org.quotetrace.attribution;
  exports org.quotetrace.meaning;
  exports org.quotetrace.trace;
  exports org.quotetrace.report;
  exports org.quotetrace.eval to org.quotetrace.cli;
}
