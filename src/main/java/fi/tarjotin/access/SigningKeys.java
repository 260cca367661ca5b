package fi.tarjotin.access;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

/** Where the public keys that sign trusted tokens come from: Entra's JWKS, or the dev sign-in's own key. */
public interface SigningKeys {

    JWKSource<SecurityContext> source();
}
