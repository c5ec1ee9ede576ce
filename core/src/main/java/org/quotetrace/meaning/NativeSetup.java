package org.quotetrace.meaning;

/**
 * Settings the native libraries under the model read from system properties, applied before they
 * load. A user's own setting, as a property or an environment variable, is left as it is.
 */
final class NativeSetup {
  private NativeSetup() {}

  static void beforeLoading() {
    // DJL, which loads the tokenizer, phones home on first use unless offline: it asks the cloud
    // metadata address and a telemetry bucket, and may try to download a CUDA build of its native
    // library. quotetrace runs with no network, and offline DJL takes the CPU build inside the jar.
    if (System.getenv("DJL_OFFLINE") == null && System.getProperty("ai.djl.offline") == null) {
      System.setProperty("ai.djl.offline", "true");
    }
  }
}
