package dev.typewright.verification;

import java.util.Locale;

/** A verification report as the files CI servers and people read: JUnit XML and Markdown. */
public final class Reports {
    private Reports() {}

    /**
     * A JUnit XML test suite with a test case per example: FAIL is a failure, DOCS a failure when
     * strict and a skipped case (with its reason) otherwise, SKIP a skipped case.
     */
    public static String junitXml(Verification.Report report, String suite, boolean strict) {
        long failures = report.count("FAIL") + (strict ? report.count("DOCS") : 0);
        long skipped = report.count("SKIP") + (strict ? 0 : report.count("DOCS"));
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<testsuite name=\"")
                .append(escape(suite))
                .append("\" tests=\"")
                .append(report.results().size())
                .append("\" failures=\"")
                .append(failures)
                .append("\" errors=\"0\" skipped=\"")
                .append(skipped)
                .append("\">\n");
        for (Verification.Result r : report.results()) {
            xml.append("  <testcase classname=\"")
                    .append(escape(r.page()))
                    .append("\" name=\"")
                    .append(escape((r.line() > 0 ? r.line() + " " : "") + r.title()))
                    .append('"');
            String message = r.message() == null ? "" : r.message();
            switch (r.verdict()) {
                case "PASS" -> xml.append("/>\n");
                case "FAIL" ->
                    xml.append(">\n    <failure type=\"FAIL\" message=\"")
                            .append(escape(message))
                            .append("\"/>\n  </testcase>\n");
                case "DOCS" ->
                    xml.append(strict ? ">\n    <failure type=\"DOCS\" message=\"" : ">\n    <skipped message=\"DOCS: ")
                            .append(escape(message))
                            .append("\"/>\n  </testcase>\n");
                default ->
                    xml.append(">\n    <skipped message=\"")
                            .append(escape(message))
                            .append("\"/>\n  </testcase>\n");
            }
        }
        return xml.append("</testsuite>\n").toString();
    }

    /** A Markdown summary: the totals, then every example that did not pass. */
    public static String markdown(Verification.Report report, String title) {
        StringBuilder md = new StringBuilder("# ")
                .append(title)
                .append("\n\n")
                .append(report.summary())
                .append(".\n");
        boolean any = false;
        for (Verification.Result r : report.results()) {
            if (r.verdict().equals("PASS")) {
                continue;
            }
            if (!any) {
                md.append("\n| verdict | example | why |\n|---|---|---|\n");
                any = true;
            }
            md.append("| ")
                    .append(r.verdict())
                    .append(" | ")
                    .append(cell(r.page() + (r.line() > 0 ? ":" + r.line() : "") + " " + r.title()))
                    .append(" | ")
                    .append(cell(r.message() == null ? "" : r.message()))
                    .append(" |\n");
        }
        return md.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                default -> {
                    // XML 1.0 admits no other control characters.
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        s.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.toString();
    }
}
