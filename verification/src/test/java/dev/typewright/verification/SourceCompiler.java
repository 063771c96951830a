package dev.typewright.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/** Compiles Java source a test writes, as a user's project would, against the test's class path. */
final class SourceCompiler {
    private SourceCompiler() {}

    /**
     * Compiles one class, failing the test with javac's messages and the source when it does not
     * compile, and loads it.
     *
     * @param name the class's binary name, such as {@code readme.Examples}
     */
    static Class<?> compile(Path out, String name, CharSequence source) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        JavaFileObject file =
                new SimpleJavaFileObject(
                        URI.create("string:///" + name.replace('.', '/') + ".java"), JavaFileObject.Kind.SOURCE) {
                    @Override
                    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                        return source;
                    }
                };
        StringWriter diagnostics = new StringWriter();
        boolean ok = javac.getTask(
                        diagnostics,
                        null,
                        null,
                        List.of(
                                "-d",
                                out.toString(),
                                "-classpath",
                                System.getProperty("java.class.path"),
                                "-proc:none",
                                "-Xlint:all,-deprecation",
                                "-Werror"),
                        null,
                        List.of(file))
                .call();
        assertThat(ok).as(diagnostics + "\n" + source).isTrue();
        URLClassLoader loader =
                new URLClassLoader(new URL[] {out.toUri().toURL()}, SourceCompiler.class.getClassLoader());
        return loader.loadClass(name);
    }
}
