package dev.typewright.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The documented {@code client_session} of the seed page, and the floor: plain Jackson on a
 * hand-written class with the same fields, the least any client must do.
 */
final class Fixtures {
    static final String CLIENT_SESSION_ID = "c2cbd177-1ace-414b-bb1e-9f129e4a05c1";

    static final String CLIENT_SESSION = """
      {
        "client_session_id": "c2cbd177-1ace-414b-bb1e-9f129e4a05c1",
        "connect_webview_ids": ["dafe6400-7484-4fd1-8c17-1c901b444250"],
        "connected_account_ids": ["8062d457-e28e-481f-aecc-509905627511"],
        "created_at": "2025-06-15T16:54:17.946309Z",
        "customer_id": "e387e15f-be27-47ad-881f-4a6fc5460c57",
        "device_count": 1,
        "expires_at": "2025-06-19T15:22:40.000Z",
        "token": "seam_cst1891oqCmD_6dBwV8PJ2Fsoe9dWYVyMfVHq",
        "user_identifier_key": "jane_doe",
        "user_identity_id": "89765fd3-6193-4d63-8605-e77f75356555",
        "workspace_id": "b887bf84-9849-4454-a562-cf84293d9781"
      }""";

    static final String ENVELOPE = "{\"client_session\":" + CLIENT_SESSION + ",\"ok\":true}";

    static final ObjectMapper PLAIN = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private Fixtures() {}

    /** What a careful person would write by hand for the same JSON. */
    public static final class HandWrittenSession {
        @JsonProperty("client_session_id")
        public String clientSessionId;

        @JsonProperty("workspace_id")
        public String workspaceId;

        @JsonProperty("created_at")
        public OffsetDateTime createdAt;

        @JsonProperty("expires_at")
        public OffsetDateTime expiresAt;

        @JsonProperty("token")
        public String token;

        @JsonProperty("user_identifier_key")
        public String userIdentifierKey;

        @JsonProperty("device_count")
        public Double deviceCount;

        @JsonProperty("connected_account_ids")
        public List<String> connectedAccountIds;

        @JsonProperty("connect_webview_ids")
        public List<String> connectWebviewIds;

        @JsonProperty("customer_key")
        public String customerKey;

        @JsonProperty("user_identity_id")
        public String userIdentityId;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class HandWrittenRequest {
        @JsonProperty("client_session_id")
        public String clientSessionId;

        @JsonProperty("user_identifier_key")
        public String userIdentifierKey;
    }
}
