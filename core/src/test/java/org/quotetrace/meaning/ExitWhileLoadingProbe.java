package org.quotetrace.meaning;

/**
 * Starts loading the model in the background and, while ONNX Runtime is inside {@code
 * createSession}, ends the JVM as a command does, for {@link ExitWhileLoadingTest}: the moment a
 * command that failed early, or needed no model, used to crash at.
 */
final class ExitWhileLoadingProbe {
  private ExitWhileLoadingProbe() {}

  public static void main(String[] args) throws InterruptedException {
    MiniLmEncoder.loadAsync();
    Thread loader = Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals("quotetrace-minilm-load")).findFirst().orElse(null);
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (loader != null && loader.isAlive() && System.nanoTime() < deadline
        && !inCreateSession(loader)) {
      Thread.sleep(0, 200_000);
    }
    System.out.println("exiting");
    MiniLmEncoder.awaitLoading(60_000);
    if (args.length > 0 && args[0].equals("throw")) {
      throw new IllegalStateException("an uncaught error while the model loads");
    }
    System.exit(3);
  }

  private static boolean inCreateSession(Thread t) {
    for (StackTraceElement e : t.getStackTrace()) {
      if (e.getMethodName().equals("createSession") && e.getClassName().startsWith("ai.onnxruntime")) {
        return true;
      }
    }
    return false;
  }
}
