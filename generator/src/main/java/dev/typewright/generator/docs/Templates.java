package dev.typewright.generator.docs;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds and renders Mustache templates: a user's template folder first, where one is given, then
 * the templates packaged in the generator.
 */
public final class Templates {
    static final String PACKAGED = "typewright/templates";

    private final MustacheFactory factory;

    private Templates(MustacheFactory factory) {
        this.factory = factory;
    }

    /** @param overrides a folder whose templates win over the packaged ones, or null */
    public static Templates of(Path overrides) {
        if (overrides == null) {
            return new Templates(new DefaultMustacheFactory(PACKAGED));
        }
        DefaultMustacheFactory packaged = new DefaultMustacheFactory(PACKAGED);
        DefaultMustacheFactory user = new DefaultMustacheFactory(overrides.toFile());
        return new Templates(new DefaultMustacheFactory() {
            @Override
            public Mustache compile(String name) {
                return Files.isRegularFile(overrides.resolve(name)) ? user.compile(name) : packaged.compile(name);
            }
        });
    }

    String render(String name, Object context) {
        StringWriter out = new StringWriter();
        factory.compile(name).execute(out, context);
        return out.toString();
    }
}
