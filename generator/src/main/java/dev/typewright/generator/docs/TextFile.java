package dev.typewright.generator.docs;

/** A generated text artifact such as a README, at a path relative to the output folder. */
public record TextFile(String path, String content) {}
