package dev.typewright.generator.write;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import dev.typewright.generator.docs.TextFile;
import java.util.List;

/**
 * The edge where generated files meet the disk. A file whose bytes did not change is left alone,
 * so its timestamp stays put and incremental compilers do not recompile it.
 */
public final class OutputWriter {
  private OutputWriter() {}

  /** Writes every file and returns how many files there were. */
  public static int write(Path root, List<JavaFile> javaFiles, List<TextFile> textFiles) throws IOException {
    for (JavaFile file : javaFiles) {
      String dir = file.packageName().replace('.', '/');
      Path target = root.resolve(dir).resolve(file.typeSpec().name() + ".java");
      writeIfChanged(target, file.toString().getBytes(StandardCharsets.UTF_8));
    }
    for (TextFile file : textFiles) {
      writeIfChanged(root.resolve(file.path()), file.content().getBytes(StandardCharsets.UTF_8));
    }
    return javaFiles.size() + textFiles.size();
  }

  private static void writeIfChanged(Path target, byte[] content) throws IOException {
    if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), content)) {
      return;
    }
    Files.createDirectories(target.getParent());
    Files.write(target, content);
  }
}
