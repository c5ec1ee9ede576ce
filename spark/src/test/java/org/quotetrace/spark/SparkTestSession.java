package org.quotetrace.spark;

import org.apache.spark.sql.SparkSession;

/** One local Spark for every test class of the module: starting one costs seconds. */
final class SparkTestSession {
  private SparkTestSession() {}

  private static SparkSession spark;

  static synchronized SparkSession get() {
    if (spark == null) {
      spark = SparkSession.builder()
          .appName("quotetrace-test")
          // Two threads, and a task may fail twice: the retry test needs a second attempt.
          .master("local[2,2]")
          .config("spark.ui.enabled", "false")
          .config("spark.driver.host", "localhost")
          .config("spark.driver.bindAddress", "127.0.0.1")
          // The test corpora are small: fewer, smaller tasks, and no code generation to compile
          // for each of the variants job's many stages, which costs more than it saves here.
          .config("spark.sql.shuffle.partitions", "2")
          .config("spark.sql.codegen.wholeStage", "false")
          // The variants job's harder path: quotes leave every run unread that they may.
          .config(VariantsJob.MAX_SKIPPED, Integer.toString(Integer.MAX_VALUE))
          .getOrCreate();
      Runtime.getRuntime().addShutdownHook(new Thread(spark::stop));
    }
    return spark;
  }
}
