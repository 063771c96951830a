package dev.typewright.runtime.seam;

import dev.typewright.runtime.Pager;
import dev.typewright.runtime.Policies;
import dev.typewright.runtime.RetryPolicy;
import java.util.List;

/**
 * Seam's conventions at run time, which clients generated with the {@code seam} profile start
 * from: Seam's error envelope, {@code seam-request-id}, action attempts waited for by polling,
 * cursor pages, and retries of every method as Seam's SDKs did when this profile was written.
 */
public final class SeamPolicies {
    private static final Policies POLICIES = new Policies(
            RetryPolicy.everyMethod(),
            new SeamErrorDecoder(),
            Pager.cursor(),
            new ActionAttemptPoller(),
            List.of("seam-request-id", "x-request-id", "request-id"),
            List.of());

    private SeamPolicies() {}

    public static Policies policies() {
        return POLICIES;
    }
}
