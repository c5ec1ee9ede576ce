package org.quotetrace.meaning;

/**
 * Loads the model in a JVM of its own, for {@link NativeFailureTest}: a native library fails to
 * load once per JVM, so the test that breaks it cannot share the JVM of the tests that use it.
 * Prints one line per attempt.
 */
final class LoadProbe {
  private LoadProbe() {}

  public static void main(String[] args) {
    for (int attempt = 0; attempt < 2; attempt++) {
      try {
        MiniLmEncoder.Loading loading = MiniLmEncoder.loadAsync();
        System.out.println("loaded " + loading.get().dimension());
      } catch (MeaningUnavailableException e) {
        System.out.println("unavailable " + e.getMessage());
      }
    }
  }
}
