import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Benchmark sign-in: a fresh RSA key, its JWKS, and Entra-shaped v1 access tokens (a reader and an admin)
 * valid for two hours. Run with the packaged jar on the class path, which carries Nimbus:
 * {@code java -cp target/tarjotin.jar src/bench/BenchTokens.java <dir> <tenant> <audience>}.
 */
public class BenchTokens {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String tenant = args[1];
        String audience = args[2];
        RSAKey key = new RSAKeyGenerator(2048).keyID("bench-" + UUID.randomUUID()).keyUse(KeyUse.SIGNATURE).generate();
        Files.writeString(dir.resolve("jwks.json"), new JWKSet(key.toPublicJWK()).toString());
        Files.writeString(dir.resolve("reader.token"), token(key, tenant, audience, List.of()));
        Files.writeString(dir.resolve("admin.token"), token(key, tenant, audience, List.of("Tarjotin.Admin")));
    }

    private static String token(RSAKey key, String tenant, String audience, List<String> roles) throws Exception {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer("https://sts.windows.net/" + tenant + "/")
                .audience(audience)
                .issueTime(Date.from(now.minusSeconds(60)))
                .notBeforeTime(Date.from(now.minusSeconds(60)))
                .expirationTime(Date.from(now.plusSeconds(7200)))
                .claim("tid", tenant)
                .claim("oid", UUID.randomUUID().toString())
                .claim("scp", "user_impersonation")
                .claim("name", roles.isEmpty() ? "Bench Reader" : "Bench Admin")
                .claim("ver", "1.0");
        if (!roles.isEmpty()) {
            claims.claim("roles", roles);
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .keyID(key.getKeyID()).build(), claims.build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
