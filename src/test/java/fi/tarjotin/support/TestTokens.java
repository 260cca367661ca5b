package fi.tarjotin.support;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Mints access tokens shaped exactly like Entra's v1 and v2 tokens for this API, signed with the test key.
 * Defaults make a valid delegated v2 token of a reader in the home tenant; each method changes one thing.
 */
public final class TestTokens {

    public static final UUID HOME_TENANT = UUID.fromString("8d3c4f0e-2b1a-4c5d-9e6f-7a8b9c0d1e2f");
    public static final UUID FOREIGN_TENANT = UUID.fromString("11111111-2222-4333-8444-555555555555");
    public static final String CLIENT_ID = "3f9a2b7c-6d5e-4f10-a1b2-c3d4e5f60718";
    public static final String APP_ID_URI = "api://" + CLIENT_ID;
    public static final String CONNECTOR_CLIENT_ID = "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d";

    private boolean v1;
    private Person person = Person.named("Lukija Testinen");
    private final List<String> roles = new ArrayList<>();
    private String scope = "user_impersonation";
    private String audience;
    private String issuer;
    private UUID tenantClaim;
    private boolean withOid = true;
    private Instant issuedAt = Instant.now().minusSeconds(60);
    private Instant expiresAt = Instant.now().plusSeconds(3600);
    private RSAKey key = TestKeys.SIGNING;
    private String keyId;
    private int groupCount;
    private java.util.function.Consumer<JWSHeader.Builder> headerChange = h -> { };
    private boolean hmacWithPublicKey;
    private String clientApp = CONNECTOR_CLIENT_ID;
    private String guestIdp;

    private TestTokens() {
    }

    public static TestTokens v2() {
        return new TestTokens();
    }

    public static TestTokens v1() {
        TestTokens t = new TestTokens();
        t.v1 = true;
        return t;
    }

    public TestTokens as(Person p) {
        this.person = p;
        return this;
    }

    public TestTokens role(String appRole) {
        roles.add(appRole);
        return this;
    }

    public TestTokens admin() {
        return role("Tarjotin.Admin");
    }

    public TestTokens coordinator() {
        return role("Tarjotin.Coordinator");
    }

    public TestTokens editor() {
        return role("Tarjotin.Editor");
    }

    /** An application calling on its own: no scp claim. */
    public TestTokens appOnly() {
        this.scope = null;
        return this;
    }

    public TestTokens audience(String aud) {
        this.audience = aud;
        return this;
    }

    public TestTokens issuer(String iss) {
        this.issuer = iss;
        return this;
    }

    public TestTokens tenantClaim(UUID tid) {
        this.tenantClaim = tid;
        return this;
    }

    public TestTokens withoutOid() {
        this.withOid = false;
        return this;
    }

    public TestTokens expiredAt(Instant instant) {
        this.expiresAt = instant;
        this.issuedAt = instant.minusSeconds(3600);
        return this;
    }

    public TestTokens notBefore(Instant instant) {
        this.issuedAt = instant;
        return this;
    }

    public TestTokens signedWith(RSAKey signingKey) {
        this.key = signingKey;
        return this;
    }

    public TestTokens keyId(String kid) {
        this.keyId = kid;
        return this;
    }

    /** Changes the JOSE header, to offer keys or critical parameters the service must refuse. */
    public TestTokens header(java.util.function.Consumer<JWSHeader.Builder> change) {
        this.headerChange = change;
        return this;
    }

    /** The classic forgery: HS256 "signed" with the bytes of the published RSA public key. */
    public TestTokens hmacWithPublicKey() {
        this.hmacWithPublicKey = true;
        return this;
    }

    /** The client app that obtained the token ({@code azp} in v2, {@code appid} in v1); the connector by default. */
    public TestTokens clientApp(String clientId) {
        this.clientApp = clientId;
        return this;
    }

    /**
     * A B2B guest of the token's tenant, as Entra issues it: {@code acct} 1, {@code idp} naming where the
     * person really signs in ({@code mail} for an e-mail one-time passcode, or their own tenant's issuer),
     * the personal address in {@code email} (and {@code preferred_username} in v2), and in v1 no {@code upn}
     * but a {@code unique_name} of the guest account ({@code …#EXT#@…}).
     */
    public TestTokens guest(String identityProvider) {
        this.guestIdp = identityProvider;
        return this;
    }

    /** Adds group ids, as Entra does for users in many groups, to make a large genuine token. */
    public TestTokens groups(int count) {
        this.groupCount = count;
        return this;
    }

    public String sign() {
        UUID tid = tenantClaim != null ? tenantClaim : person.tenantId();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .audience(audience != null ? audience : (v1 ? APP_ID_URI : CLIENT_ID))
                .issuer(issuer != null ? issuer : (v1 ? "https://sts.windows.net/" + tid + "/"
                        : "https://login.microsoftonline.com/" + tid + "/v2.0"))
                .issueTime(Date.from(issuedAt))
                .notBeforeTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt))
                .subject(UUID.randomUUID().toString().replace("-", ""))
                .claim("tid", tid.toString())
                .claim("ver", v1 ? "1.0" : "2.0")
                .claim("uti", UUID.randomUUID().toString().substring(0, 22))
                .claim("rh", "0.AAAA" + UUID.randomUUID().toString().replace("-", ""));
        if (withOid) {
            claims.claim("oid", person.oid().toString());
        }
        if (!roles.isEmpty()) {
            claims.claim("roles", List.copyOf(roles));
        }
        if (scope != null) {
            claims.claim("scp", scope);
            claims.claim("name", person.name());
            if (v1) {
                claims.claim("upn", person.email()).claim("unique_name", person.email())
                        .claim("appid", clientApp).claim("appidacr", "0");
            } else {
                claims.claim("preferred_username", person.email())
                        .claim("azp", clientApp).claim("azpacr", "0");
            }
        } else {
            claims.claim(v1 ? "appid" : "azp", clientApp).claim("idtyp", "app");
        }
        if (guestIdp != null) {
            claims.claim("acct", 1).claim("idp", guestIdp).claim("email", person.email());
            if (v1 && scope != null) {
                claims.claim("upn", null).claim("unique_name", person.email().replace('@', '_')
                        + "#EXT#@tarjotinkoti.onmicrosoft.com");
            }
        }
        if (groupCount > 0) {
            List<String> groups = new ArrayList<>();
            for (int i = 0; i < groupCount; i++) {
                groups.add(UUID.randomUUID().toString());
            }
            claims.claim("groups", groups);
        }
        try {
            JWSHeader.Builder header = new JWSHeader.Builder(hmacWithPublicKey ? JWSAlgorithm.HS256 : JWSAlgorithm.RS256)
                    .type(JOSEObjectType.JWT).keyID(keyId != null ? keyId : key.getKeyID());
            headerChange.accept(header);
            SignedJWT jwt = new SignedJWT(header.build(), claims.build());
            if (hmacWithPublicKey) {
                jwt.sign(new com.nimbusds.jose.crypto.MACSigner(key.toRSAPublicKey().getEncoded()));
            } else {
                jwt.sign(new RSASSASigner(key));
            }
            return jwt.serialize();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
