package fi.tarjotin.directory;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * Microsoft Graph for directory work: {@code tarjotin.graph.*}. Credentials are not here: azure-identity
 * reads them from its own environment (managed identity, workload identity, client secret).
 */
@ConfigurationProperties("tarjotin.graph")
public class GraphProperties {

    private boolean enabled;
    private String baseUrl = "https://graph.microsoft.com/v1.0";
    @Nullable
    private String tenantId;
    /** Where an invited guest lands after redeeming the invitation: the PowerApps app's address. */
    @Nullable
    private String inviteRedirectUrl;
    /** Object id of the API's service principal (enterprise application) in the home tenant. */
    @Nullable
    private String servicePrincipalId;
    @Nullable
    private String coordinatorAppRoleId;
    @Nullable
    private String editorAppRoleId;

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl == null ? null : baseUrl.replaceAll("/+$", "");
    }

    public @Nullable String getTenantId() {
        return tenantId;
    }

    public void setTenantId(@Nullable String tenantId) {
        this.tenantId = tenantId;
    }

    public @Nullable String getInviteRedirectUrl() {
        return inviteRedirectUrl;
    }

    public void setInviteRedirectUrl(@Nullable String inviteRedirectUrl) {
        this.inviteRedirectUrl = inviteRedirectUrl;
    }

    public @Nullable String getServicePrincipalId() {
        return servicePrincipalId;
    }

    public void setServicePrincipalId(@Nullable String servicePrincipalId) {
        this.servicePrincipalId = servicePrincipalId;
    }

    public @Nullable String getCoordinatorAppRoleId() {
        return coordinatorAppRoleId;
    }

    public void setCoordinatorAppRoleId(@Nullable String coordinatorAppRoleId) {
        this.coordinatorAppRoleId = coordinatorAppRoleId;
    }

    public @Nullable String getEditorAppRoleId() {
        return editorAppRoleId;
    }

    public void setEditorAppRoleId(@Nullable String editorAppRoleId) {
        this.editorAppRoleId = editorAppRoleId;
    }
}
