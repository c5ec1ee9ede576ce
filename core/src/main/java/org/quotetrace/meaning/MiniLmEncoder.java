package org.quotetrace.meaning;

import ai.onnxruntime.OrtException;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The sentence-transformers model all-MiniLM-L6-v2, quantized, run in process by ONNX Runtime: 384
 * dimensions, mean pooling, unit length. Model and runtime come inside the jar, so nothing is
 * downloaded.
 *
 * <p>Loading takes a good part of a second, so a command that will need meaning calls {@link
 * #loadAsync()} first and reads and aligns its documents while the model loads:
 *
 * <pre>{@code
 * MiniLmEncoder.Loading loading = MiniLmEncoder.loadAsync();
 * ... read, extract, align lexically ...
 * SentenceEncoder meaning = new CachingEncoder(loading.get(), 10_000);
 * }</pre>
 *
 * <p>Only the first 128 word pieces of a text count, [CLS] and [SEP] included (about 100 English
 * words): the limit is set by the tokenizer that ships with the model, the length it was trained
 * on. Encode long quotes sentence by sentence.
 *
 * <p>Each call runs on the caller's thread alone (ONNX Runtime is given one thread, which does not
 * spin), so the machine's other cores stay free for the caller's other work. The model is one per
 * JVM and safe to share between threads: callers who want more throughput encode from more
 * threads.
 */
public final class MiniLmEncoder implements SentenceEncoder {
  private static final int DIMENSION = MiniLmModel.DIMENSION;
  private static final String WARM_UP = "The model is ready.";

  private static MiniLmEncoder loaded;
  private static MeaningUnavailableException failure;

  private final EmbeddingModel model;

  private MiniLmEncoder(EmbeddingModel model) {
    this.model = model;
  }

  /**
   * Loads the model, or returns it if this JVM has loaded it already, and runs it once so the
   * first real call is not slow.
   *
   * @throws MeaningUnavailableException if the model or its native libraries do not load; the
   *     message names the cause, and later calls fail with the same message, as the JVM keeps a
   *     native library that failed to load failed
   */
  public static synchronized MiniLmEncoder load() throws MeaningUnavailableException {
    if (loaded != null) {
      return loaded;
    }
    if (failure != null) {
      // ONNX Runtime loads its natives in a static initialiser, so the JVM will not try again:
      // repeat the first, informative failure rather than "Could not initialize class".
      throw new MeaningUnavailableException(failure.getMessage(), failure);
    }
    NativeSetup.beforeLoading();
    try {
      MiniLmEncoder encoder = new MiniLmEncoder(MiniLmModel.create());
      encoder.encode(WARM_UP);
      loaded = encoder;
      return encoder;
    } catch (IOException | OrtException | RuntimeException | LinkageError e) {
      failure = new MeaningUnavailableException(
          "sentence embeddings unavailable (all-MiniLM-L6-v2): " + describe(e), e);
      throw failure;
    }
  }

  /**
   * Starts {@link #load()} on a background daemon thread and returns at once, so the caller can do
   * other work while the model loads. A caller that may end the JVM before the model is needed
   * calls {@link #awaitLoading()} first.
   */
  public static Loading loadAsync() {
    Loading loading = new Loading();
    synchronized (LOADERS) {
      Thread loader = Thread.ofPlatform().name("quotetrace-minilm-load").daemon().unstarted(() -> {
        try {
          loading.result.complete(load());
        } catch (MeaningUnavailableException | RuntimeException | Error e) {
          loading.result.completeExceptionally(e);
        } finally {
          synchronized (LOADERS) {
            LOADERS.remove(Thread.currentThread());
          }
        }
      });
      LOADERS.add(loader);
      loader.start();
    }
    return loading;
  }

  /**
   * Waits until no load started by {@link #loadAsync()} is under way; call it before the JVM ends.
   *
   * <p>ONNX Runtime frees its native environment in a JVM shutdown hook. Hooks run all at once, so
   * none can hold that one back: if the JVM begins to exit while a session is being built, the
   * builder uses freed memory and the JVM dies with SIGSEGV (exit 134, an hs_err file, a banner on
   * standard output). A command that failed early, or needed no model, used to end just then.
   *
   * @return false if a load was still under way after {@code millis}
   */
  public static boolean awaitLoading(long millis) {
    List<Thread> running;
    synchronized (LOADERS) {
      running = List.copyOf(LOADERS);
    }
    long deadline = System.nanoTime() + millis * 1_000_000;
    for (Thread t : running) {
      long left = (deadline - System.nanoTime()) / 1_000_000;
      try {
        if (left <= 0 || !t.join(java.time.Duration.ofMillis(left))) {
          return false;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }

  // Loads under way, guarded by itself.
  private static final java.util.Set<Thread> LOADERS = new java.util.HashSet<>();

  /** A model being loaded in the background; see {@link #loadAsync()}. */
  public static final class Loading {
    private final CompletableFuture<MiniLmEncoder> result = new CompletableFuture<>();

    private Loading() {}

    /**
     * Waits until the model is loaded and returns it.
     *
     * @throws MeaningUnavailableException if loading failed or the wait was interrupted
     */
    public MiniLmEncoder get() throws MeaningUnavailableException {
      try {
        return result.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new MeaningUnavailableException(
            "interrupted while the sentence-embedding model was loading", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof MeaningUnavailableException m) {
          throw new MeaningUnavailableException(m.getMessage(), m);
        }
        throw new MeaningUnavailableException(
            "sentence embeddings unavailable (all-MiniLM-L6-v2): " + describe(e.getCause()),
            e.getCause());
      }
    }

    /** Whether loading has finished, well or not, so that {@link #get()} will not wait. */
    public boolean isDone() {
      return result.isDone();
    }
  }

  @Override
  public float[] encode(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      return new float[DIMENSION];
    }
    try {
      return model.embed(text).content().vector();
    } catch (IllegalArgumentException e) {
      // Text of only characters the tokenizer drops (zero-width or no-break spaces, controls)
      // has no word pieces: treat it as blank, as the contract says.
      return new float[DIMENSION];
    }
  }

  @Override
  public List<float[]> encodeAll(List<String> texts) {
    float[][] vectors = new float[texts.size()][];
    List<TextSegment> segments = new ArrayList<>(texts.size());
    List<Integer> positions = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      if (text == null) {
        throw new NullPointerException("text " + i + " of " + texts.size() + " is null");
      }
      if (text.isBlank()) {
        vectors[i] = new float[DIMENSION];
      } else {
        segments.add(TextSegment.from(text));
        positions.add(i);
      }
    }
    if (!segments.isEmpty()) {
      List<Embedding> embeddings;
      try {
        embeddings = model.embedAll(segments).content();
      } catch (RuntimeException e) {
        // One text without word pieces fails the whole batch, wrapped: go one by one, where such
        // a text gets the zero vector and any other failure shows itself unwrapped.
        for (int i : positions) {
          vectors[i] = encode(texts.get(i));
        }
        return List.of(vectors);
      }
      for (int j = 0; j < positions.size(); j++) {
        vectors[positions.get(j)] = embeddings.get(j).vector();
      }
    }
    return List.of(vectors);
  }

  @Override
  public int dimension() {
    return DIMENSION;
  }

  /**
   * One line from a chain of causes, e.g. "Failed to load onnx-runtime library: Native library
   * 'onnxruntime' not found at /x/libonnxruntime.so", skipping wrappers that only repeat their
   * cause.
   */
  static String describe(Throwable e) {
    List<String> parts = new ArrayList<>();
    for (Throwable t = e; t != null && parts.size() < 5; t = t.getCause()) {
      String message = t.getMessage();
      if (message == null || message.isBlank()
          || (t.getCause() != null && message.equals(t.getCause().toString()))) {
        continue;
      }
      message = message.strip().replaceAll("\\s+", " ");
      if (message.endsWith(".")) {
        message = message.substring(0, message.length() - 1);
      }
      if (t instanceof LinkageError) {
        message = t.getClass().getSimpleName() + ": " + message;
      }
      if (!parts.contains(message)) {
        parts.add(message);
      }
    }
    return parts.isEmpty() ? e.getClass().getName() : String.join(": ", parts);
  }
}
