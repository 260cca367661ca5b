package fi.tarjotin.devmode;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import fi.tarjotin.access.SigningKeys;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * The dev environment's own signing key, generated at every start and never stored: the real token
 * validator trusts this key alone in place of Entra's, so dev tokens pass the same checks as real ones
 * and stop working when the service restarts.
 */
@Singleton
@Requires(env = Environment.DEVELOPMENT)
@Replaces(SigningKeys.class)
class DevSigningKeys implements SigningKeys {

    private final RSAKey key;
    private final JWKSource<SecurityContext> publicKeys;

    DevSigningKeys() {
        try {
            this.key = new RSAKeyGenerator(2048).keyID("tarjotin-dev-" + UUID.randomUUID())
                    .keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate the dev signing key", e);
        }
        this.publicKeys = new ImmutableJWKSet<>(new JWKSet(key.toPublicJWK()));
    }

    @Override
    public JWKSource<SecurityContext> source() {
        return publicKeys;
    }

    /** Signs the claims as Entra does: RS256, typ JWT, with the key id in the header. */
    String sign(JWTClaimsSet claims) {
        try {
            var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                    .keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a dev token", e);
        }
    }
}
