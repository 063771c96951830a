/**
 * The run-time core every generated client uses. A named module, so that a client on the module
 * path brings the JDK's HTTP client and Jackson with it; Jackson may reflect into it to read and
 * write the runtime's own types.
 */
module dev.typewright.runtime {
    requires transitive java.net.http;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;

    exports dev.typewright.runtime;
    exports dev.typewright.runtime.seam;

    opens dev.typewright.runtime to
            com.fasterxml.jackson.databind;
    opens dev.typewright.runtime.seam to
            com.fasterxml.jackson.databind;
}
