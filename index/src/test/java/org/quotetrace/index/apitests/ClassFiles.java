package org.quotetrace.index.apitests;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which classes a compiled class names: the class entries of its constant pool and the types in
 * its field, method and generic signatures, string constants left out. What javac wrote is what
 * the JVM links against, so this is every type the source touches, lambdas and inner classes
 * included (they are class files of their own, listed beside it). A copy of core's: test classes
 * are not shared between modules.
 */
public final class ClassFiles {
  private static final Pattern IN_DESCRIPTOR = Pattern.compile("L([\\w/$]+)[;<]");

  private ClassFiles() {}

  /** The binary names of the types that the class files of {@code anchor}'s package name. */
  public static Set<String> typesNamedByPackageOf(Class<?> anchor) throws IOException {
    Path dir;
    try {
      dir = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI())
          .resolve(anchor.getPackageName().replace('.', '/'));
    } catch (URISyntaxException e) {
      throw new IOException("test classes at an odd place: " + e.getMessage(), e);
    }
    Set<String> names = new TreeSet<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
        try (InputStream in = Files.newInputStream(f)) {
          names.addAll(typesNamedBy(in));
        }
      }
    }
    return names;
  }

  /** The binary names ({@code a.b.C$D}) of the types one class file names. */
  public static Set<String> typesNamedBy(InputStream classFile) throws IOException {
    DataInputStream in = new DataInputStream(classFile);
    if (in.readInt() != 0xCAFEBABE) {
      throw new IOException("not a class file");
    }
    in.readUnsignedShort();
    in.readUnsignedShort();
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    List<Integer> classNames = new ArrayList<>();
    Set<Integer> strings = new HashSet<>();
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF();
        case 7 -> classNames.add(in.readUnsignedShort());
        case 8 -> strings.add(in.readUnsignedShort());
        case 16, 19, 20 -> in.readUnsignedShort();
        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
        case 5, 6 -> {
          in.readLong();
          i++;
        }
        case 15 -> {
          in.readUnsignedByte();
          in.readUnsignedShort();
        }
        default -> throw new IOException("unknown constant pool tag " + tag + " at entry " + i);
      }
    }
    Set<String> names = new TreeSet<>();
    for (int i : classNames) {
      String n = utf8[i];
      if (!n.startsWith("[")) {
        names.add(n.replace('/', '.'));
      }
    }
    for (int i = 1; i < count; i++) {
      if (utf8[i] != null && !strings.contains(i)) {
        Matcher m = IN_DESCRIPTOR.matcher(utf8[i]);
        while (m.find()) {
          names.add(m.group(1).replace('/', '.'));
        }
      }
    }
    return names;
  }
}
