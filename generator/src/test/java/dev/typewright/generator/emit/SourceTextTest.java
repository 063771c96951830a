package dev.typewright.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import org.junit.jupiter.api.Test;

class SourceTextTest {
    private static String render(String javadoc, String statement) {
        return SourceText.render(JavaFile.builder(
                        "p",
                        TypeSpec.classBuilder("C")
                                .addJavadoc(javadoc)
                                .addMethod(MethodSpec.methodBuilder("m")
                                        .addStatement(statement)
                                        .build())
                                .build())
                .build());
    }

    @Test
    void longLinesBreakAtSpacesButNeverInsideALiteral() {
        String literal = "\"a string, with commas, and spaces, that runs on and on and on and on and on and on\"";
        String text = render(
                "word ".repeat(40) + "\n",
                "String s = String.join(\", \", " + literal + ", " + literal + ", " + literal + ")");

        assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(120));
        assertThat(text).contains(literal).contains(" * word word");
        assertThat(text.lines().filter(l -> l.contains(literal))).hasSize(3);
    }

    @Test
    void aSingleWordLongerThanALineStaysWhole() {
        String url = "https://example.com/" + "x".repeat(150);
        String text = render("See " + url + " for more.\n", "int i = 0");

        assertThat(text).contains(" * " + url);
    }

    @Test
    void aShortJavadocTakesOneLineAndALongOneKeepsItsOwnLines() {
        String text = SourceText.render(JavaFile.builder(
                        "p",
                        TypeSpec.classBuilder("C")
                                .addJavadoc("Short.\n")
                                .addMethod(MethodSpec.methodBuilder("m")
                                        .addJavadoc("word ".repeat(30) + "\n")
                                        .build())
                                .addMethod(MethodSpec.methodBuilder("n")
                                        .addJavadoc("@return nothing\n")
                                        .build())
                                .build())
                .build());

        assertThat(text).contains("/** Short. */\nclass C {");
        assertThat(text).contains("  /**\n   * word word").contains("  /**\n   * @return nothing\n   */");
    }

    @Test
    void fieldsFollowEachOtherAndAnAnnotationWithOneMemberTakesOneLine() {
        String text = SourceText.render(JavaFile.builder(
                        "p",
                        TypeSpec.classBuilder("C")
                                .addAnnotation(com.palantir.javapoet.AnnotationSpec.builder(SuppressWarnings.class)
                                        .addMember("value", "$S", "unused")
                                        .build())
                                .addField(String.class, "a", javax.lang.model.element.Modifier.PRIVATE)
                                .addField(String.class, "b", javax.lang.model.element.Modifier.PRIVATE)
                                .addMethod(MethodSpec.methodBuilder("m").build())
                                .build())
                .build());

        assertThat(text).contains("@SuppressWarnings(\"unused\")\nclass C {");
        assertThat(text).contains("  private String a;\n  private String b;\n\n  void m() {");
    }
}
