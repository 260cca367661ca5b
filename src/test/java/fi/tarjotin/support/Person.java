package fi.tarjotin.support;

import java.util.UUID;

/** Someone who signs in: their Entra object id and tenant, name and e-mail. */
public record Person(UUID oid, UUID tenantId, String name, String email) {

    public static Person named(String name) {
        String email = name.toLowerCase().replace(' ', '.')
                .replace('ä', 'a').replace('ö', 'o').replace('å', 'a') + "@example.fi";
        return new Person(UUID.randomUUID(), TestTokens.HOME_TENANT, name, email);
    }

    public Person inTenant(UUID tenant) {
        return new Person(oid, tenant, name, email);
    }

    /** The body that makes this person a member or a coordinator. */
    public String asMemberJson() {
        return """
                {"oid":"%s","tenantId":"%s","displayName":"%s","email":"%s"}""".formatted(oid, tenantId, name, email);
    }
}
