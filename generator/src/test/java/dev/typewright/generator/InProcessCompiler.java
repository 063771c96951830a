package dev.typewright.generator;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles generated sources (plus any test driver) with javac, in this JVM, and loads them. */
public final class InProcessCompiler {
    private InProcessCompiler() {}

    public static ClassLoader compile(
            List<JavaFile> files, String driverName, String driverSource, Path out, List<String> extraOptions)
            throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<JavaFileObject> sources = new ArrayList<>();
        for (JavaFile f : files) {
            sources.add(f.toJavaFileObject());
        }
        if (driverSource != null) {
            sources.add(
                    new SimpleJavaFileObject(
                            java.net.URI.create("string:///" + driverName.replace('.', '/') + ".java"),
                            JavaFileObject.Kind.SOURCE) {
                        @Override
                        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                            return driverSource;
                        }
                    });
        }
        Files.createDirectories(out);
        List<String> options =
                new ArrayList<>(List.of("-d", out.toString(), "-classpath", System.getProperty("java.class.path")));
        options.addAll(extraOptions);
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null)) {
            boolean ok =
                    javac.getTask(diagnostics, fm, null, options, null, sources).call();
            if (!ok) {
                throw new AssertionError("generated code does not compile:\n" + diagnostics);
            }
        }
        if (!diagnostics.toString().isBlank()) {
            throw new AssertionError("javac warned about generated code:\n" + diagnostics);
        }
        return new URLClassLoader(new URL[] {out.toUri().toURL()}, InProcessCompiler.class.getClassLoader());
    }
}
