package com.example.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.shop.model.Order;
import dev.typewright.runtime.Json;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MappedTypesTest {
    @Test
    void anOrderHoldsTheApplicationsMoneyAUuidAndALong() {
        String json = "{\"id\":\"0b0e5b3c-1c1a-4a57-9f1e-3f6f5b6d1a01\","
                + "\"price\":{\"amount\":\"1.50\",\"currency\":\"EUR\"},\"count\":5000000000}";

        Order order = Json.fromJson(json, Order.class);

        UUID id = order.id();
        Money price = order.price();
        Long count = order.count();
        assertEquals(UUID.fromString("0b0e5b3c-1c1a-4a57-9f1e-3f6f5b6d1a01"), id);
        assertEquals(new Money("1.50", "EUR"), price);
        assertEquals(5_000_000_000L, count);
        assertEquals(Json.parse(json), Json.parse(Json.toJson(order)));
    }
}
