package dev.typewright.generator.naming;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifiersTest {
    @Test
    void wordsFromAnySpellingAgree() {
        assertThat(Identifiers.camel("user_identity_ids")).isEqualTo("userIdentityIds");
        assertThat(Identifiers.camel("userIdentityIds")).isEqualTo("userIdentityIds");
        assertThat(Identifiers.camel("UserIdentityIds")).isEqualTo("userIdentityIds");
        assertThat(Identifiers.camel("user-identity ids")).isEqualTo("userIdentityIds");
        assertThat(Identifiers.pascal("HTTPServer")).isEqualTo("HttpServer");
        assertThat(Identifiers.pascal("acs_users_client")).isEqualTo("AcsUsersClient");
    }

    @Test
    void keywordsDigitsAndEmptyNamesBecomeValidIdentifiers() {
        assertThat(Identifiers.camel("class")).isEqualTo("class_");
        assertThat(Identifiers.camel("record")).isEqualTo("record_");
        assertThat(Identifiers.camel("1st")).isEqualTo("_1st");
        assertThat(Identifiers.camel("*/")).isEqualTo("value");
        assertThat(Identifiers.pascal("")).isEqualTo("Unnamed");
        assertThat(Identifiers.camel("name\u0000\"; evil()")).isEqualTo("nameEvil");
    }

    @Test
    void packageAndTypeNamesAreChecked() {
        assertThat(Identifiers.isPackageName("dev.typewright.seam")).isTrue();
        assertThat(Identifiers.isPackageName("dev..seam")).isFalse();
        assertThat(Identifiers.isPackageName("dev.class")).isFalse();
        assertThat(Identifiers.isTypeName("SeamClient")).isTrue();
        assertThat(Identifiers.isTypeName("Seam Client")).isFalse();
    }

    @Test
    void aListsAddMethodTakesTheSingularOfItsName() {
        assertThat(Identifiers.singular("DeviceTypes")).isEqualTo("DeviceType");
        assertThat(Identifiers.singular("Entries")).isEqualTo("Entry");
        assertThat(Identifiers.singular("Boxes")).isEqualTo("Box");
        assertThat(Identifiers.singular("Statuses")).isEqualTo("Status");
        assertThat(Identifiers.singular("Matches")).isEqualTo("Match");
        assertThat(Identifiers.singular("Status")).isEqualTo("Status");
        assertThat(Identifiers.singular("Address")).isEqualTo("Address");
        assertThat(Identifiers.singular("Data")).isEqualTo("Data");
        assertThat(Identifiers.singular("Analysis")).isEqualTo("Analysis");
    }
}
