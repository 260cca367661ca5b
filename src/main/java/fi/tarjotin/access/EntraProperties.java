package fi.tarjotin.access;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.util.List;

/** Which Entra tokens the service trusts: {@code tarjotin.entra.*}. */
@ConfigurationProperties("tarjotin.entra")
public class EntraProperties {

    private String homeTenantId;
    private List<String> audiences = List.of();
    private String jwksUri = "https://login.microsoftonline.com/common/discovery/v2.0/keys";
    private List<String> additionalTenantIds = List.of();
    /** Tenants beside the home tenant whose Tarjotin.Admin role is trusted; any other tenant's is ignored. */
    private List<String> adminTenantIds = List.of();
    /** Client apps ({@code azp}/{@code appid}) whose tokens are accepted; empty accepts any client. */
    private List<String> allowedClientIds = List.of();
    /** Shortest time between two fetches of the key set caused by an unknown key id. */
    private long jwksRefetchMinIntervalSeconds = 60;

    public String getHomeTenantId() {
        return homeTenantId;
    }

    public void setHomeTenantId(String homeTenantId) {
        this.homeTenantId = homeTenantId;
    }

    public List<String> getAudiences() {
        return audiences;
    }

    public void setAudiences(List<String> audiences) {
        this.audiences = audiences == null ? List.of() : List.copyOf(audiences);
    }

    public String getJwksUri() {
        return jwksUri;
    }

    public void setJwksUri(String jwksUri) {
        this.jwksUri = jwksUri;
    }

    public List<String> getAdditionalTenantIds() {
        return additionalTenantIds;
    }

    public void setAdditionalTenantIds(List<String> additionalTenantIds) {
        this.additionalTenantIds = additionalTenantIds == null ? List.of() : List.copyOf(additionalTenantIds);
    }

    public List<String> getAdminTenantIds() {
        return adminTenantIds;
    }

    public void setAdminTenantIds(List<String> adminTenantIds) {
        this.adminTenantIds = adminTenantIds == null ? List.of() : List.copyOf(adminTenantIds);
    }

    public List<String> getAllowedClientIds() {
        return allowedClientIds;
    }

    public void setAllowedClientIds(List<String> allowedClientIds) {
        this.allowedClientIds = allowedClientIds == null ? List.of() : List.copyOf(allowedClientIds);
    }

    public long getJwksRefetchMinIntervalSeconds() {
        return jwksRefetchMinIntervalSeconds;
    }

    public void setJwksRefetchMinIntervalSeconds(long jwksRefetchMinIntervalSeconds) {
        this.jwksRefetchMinIntervalSeconds = jwksRefetchMinIntervalSeconds;
    }
}
