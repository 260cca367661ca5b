package fi.tarjotin.ratelimit;

import io.micronaut.http.HttpRequest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClientAddressTest {

    @Test
    void withTwoTrustedHopsTheSecondEntryFromTheRightIsTheClient() {
        HttpRequest<?> request = HttpRequest.GET("/public/v1/municipalities/541/opportunities")
                .header("X-Forwarded-For", "6.6.6.6, 203.0.113.7, 10.0.0.4");

        assertEquals("203.0.113.7", ClientAddress.of(request, trusting(2)));
        assertEquals("10.0.0.4", ClientAddress.of(request, trusting(1)));
    }

    @Test
    void everyHeaderLineCountsAndTheLastOneEndsTheList() {
        HttpRequest<?> request = HttpRequest.GET("/")
                .header("X-Forwarded-For", "6.6.6.6")
                .header("X-Forwarded-For", "203.0.113.8");

        assertEquals("203.0.113.8", ClientAddress.of(request, trusting(1)));
    }

    @Test
    void withFewerEntriesThanTrustedHopsTheSocketAddressIsUsed() {
        HttpRequest<?> request = HttpRequest.GET("/").header("X-Forwarded-For", "6.6.6.6");

        assertEquals(request.getRemoteAddress().getAddress().getHostAddress(), ClientAddress.of(request, trusting(2)));
    }

    @Test
    void withoutTrustTheHeaderIsIgnored() {
        HttpRequest<?> request = HttpRequest.GET("/").header("X-Forwarded-For", "6.6.6.6");
        RateLimitProperties untrusting = new RateLimitProperties();

        assertEquals(request.getRemoteAddress().getAddress().getHostAddress(), ClientAddress.of(request, untrusting));
    }

    private static RateLimitProperties trusting(int hops) {
        RateLimitProperties properties = new RateLimitProperties();
        properties.setTrustForwardedFor(true);
        properties.setTrustedProxyHops(hops);
        return properties;
    }
}
