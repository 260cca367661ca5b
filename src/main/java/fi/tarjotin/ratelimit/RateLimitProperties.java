package fi.tarjotin.ratelimit;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * Request budgets ({@code tarjotin.rate-limit.*}). The per-caller budget stays below the 500 requests per
 * minute that Power Platform allows a connection, so a runaway flow meets our 429 with Retry-After first.
 */
@ConfigurationProperties("tarjotin.rate-limit")
public class RateLimitProperties {

    private boolean enabled = true;
    private int perCallerPerMinute = 300;
    private int perAddressPerMinute = 120;
    /** Behind the platform's ingress the client address is taken from X-Forwarded-For (see {@link ClientAddress}). */
    private boolean trustForwardedFor;
    /** How many proxies of our own append to X-Forwarded-For: the client is that many entries from the right. */
    private int trustedProxyHops = 1;

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getPerCallerPerMinute() {
        return perCallerPerMinute;
    }

    public void setPerCallerPerMinute(int perCallerPerMinute) {
        this.perCallerPerMinute = perCallerPerMinute;
    }

    public int getPerAddressPerMinute() {
        return perAddressPerMinute;
    }

    public void setPerAddressPerMinute(int perAddressPerMinute) {
        this.perAddressPerMinute = perAddressPerMinute;
    }

    public boolean isTrustForwardedFor() {
        return trustForwardedFor;
    }

    public void setTrustForwardedFor(boolean trustForwardedFor) {
        this.trustForwardedFor = trustForwardedFor;
    }

    public int getTrustedProxyHops() {
        return trustedProxyHops;
    }

    public void setTrustedProxyHops(int trustedProxyHops) {
        if (trustedProxyHops < 1) {
            throw new IllegalArgumentException("tarjotin.rate-limit.trusted-proxy-hops must be at least 1");
        }
        this.trustedProxyHops = trustedProxyHops;
    }
}
