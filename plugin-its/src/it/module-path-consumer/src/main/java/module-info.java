module com.example.locks {
    requires dev.typewright.seam;
    requires dev.typewright.runtime;
    requires jdk.httpserver;
}
