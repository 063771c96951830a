package dev.typewright.runtime.seam;

import dev.typewright.runtime.Pager;
import dev.typewright.runtime.Policies;
import dev.typewright.runtime.RetryPolicy;
import java.util.List;

/**
 * Seam's conventions at run time, which clients generated with the {@code seam} profile start
 * from: Seam's error envelope, {@code seam-request-id}, action attempts waited for by polling,
 * cursor pages, and the runtime's safe retries (Seam's JavaScript SDK also repeats only calls
 * that cannot do harm; the Seam endpoints offered under GET are marked idempotent).
 */
public final class SeamPolicies {
    private static final Policies POLICIES = new Policies(
            RetryPolicy.safe(),
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
