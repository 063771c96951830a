package com.example.app;

import com.example.pets.PetsClient;
import com.example.pets.model.Pet;
import com.example.pets.model.PetsGetRequest;

/** A user's code: it compiles only if the generated client has the shape users rely on. */
public final class App {
  private App() {}

  public static Pet fetch(PetsClient client, String id) {
    return client.pets().get(PetsGetRequest.builder().petId(id).build());
  }

  public static PetsClient client(String endpoint) {
    return PetsClient.builder().endpoint(endpoint).build();
  }
}
