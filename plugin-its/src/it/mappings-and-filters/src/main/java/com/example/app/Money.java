package com.example.app;

/** The application's own money, which the generated client uses where the spec says Money. */
public record Money(String amount, String currency) {}
