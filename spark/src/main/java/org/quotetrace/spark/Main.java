package org.quotetrace.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.quotetrace.index.TopSources;

/**
 * The Spark job's entry point, for {@code spark-submit --class org.quotetrace.spark.Main}.
 *
 * <pre>
 * extract --out DIR [--no-attributions] INPUT...   JSON Lines and WARC files or folders, any Hadoop path
 * variants --out DIR                               groups the quotes extract wrote under DIR
 * sources --out DIR [--top N]                      every document's top N sources (5), as local sources --all
 * </pre>
 */
public final class Main {
  private Main() {}

  static final String USAGE = "usage: extract --out DIR [--no-attributions] INPUT... | variants --out DIR"
      + " | sources --out DIR [--top N]";

  public static void main(String[] args) throws Exception {
    if (args.length == 0 || !List.of("extract", "variants", "sources").contains(args[0])) {
      usage(args.length == 0 ? "no command given" : "unknown command " + args[0]);
    }
    String command = args[0];
    String out = null;
    boolean attributions = true;
    int top = TopSources.DEFAULT_TOP;
    List<String> inputs = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--out" -> {
          if (++i == args.length) {
            usage("--out needs a folder");
          }
          out = args[i];
        }
        case "--no-attributions" -> attributions = false;
        case "--top" -> {
          if (++i == args.length || !args[i].matches("[1-9][0-9]{0,3}")) {
            usage("--top needs a number from 1 to 9999");
          }
          top = Integer.parseInt(args[i]);
        }
        default -> {
          if (args[i].startsWith("--")) {
            usage("unknown option " + args[i]);
          }
          inputs.add(args[i]);
        }
      }
    }
    if (out == null) {
      usage("--out is required");
    }
    if (command.equals("extract") == inputs.isEmpty()) {
      usage(inputs.isEmpty() ? "no INPUT given" : command + " reads only --out, not " + inputs.get(0));
    }
    SparkSession spark = SparkSession.builder().appName("quotetrace " + command).getOrCreate();
    try {
      long t0 = System.nanoTime();
      if (command.equals("extract")) {
        long docs = Extract.run(spark, inputs, out, attributions);
        System.out.printf("quotetrace-spark: extract: %d documents in %.1f s -> %s%n", docs,
            (System.nanoTime() - t0) / 1e9, out);
      } else if (command.equals("sources")) {
        long pairs = SourcesJob.run(spark, out, out, top);
        System.out.printf("quotetrace-spark: sources: %d article-source pairs in %.1f s -> %s%n",
            pairs, (System.nanoTime() - t0) / 1e9, out);
      } else {
        long groups = VariantsJob.run(spark, out, out);
        System.out.printf("quotetrace-spark: variants: %d groups of two or more in %.1f s -> %s%n",
            groups, (System.nanoTime() - t0) / 1e9, out);
      }
    } finally {
      spark.stop();
    }
  }

  private static void usage(String problem) {
    System.err.println("quotetrace-spark: " + problem + "; " + USAGE);
    System.exit(2);
  }
}
