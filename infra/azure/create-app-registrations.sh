#!/usr/bin/env bash
# Creates (or updates) Tarjotin's two Entra app registrations from app-registration.json, and grants the
# service's managed identity the Microsoft Graph application permissions listed there.
# Needs: az (signed in as someone who may create app registrations and grant admin consent, e.g. an
# Application Administrator plus a Privileged Role Administrator for the Graph permissions) and jq.
# Running it again updates what exists. It creates no secret and prints none.
#
#   ./create-app-registrations.sh                                    # the two registrations
#   ./create-app-registrations.sh --connector-id <connector-id>      # + the connector's redirect URI
#   ./create-app-registrations.sh --identity-principal-id <id>       # + Graph permissions for the identity
# Each run also writes connector-definition/deploy/ (fill-connector-properties.sh): the connector's files with
# this tenant, the API's App ID URI and the connector's client id filled in, ready for paconn or pac.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
manifest="$here/app-registration.json"
connector_id=""
identity_principal_id=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --connector-id) connector_id="$2"; shift 2 ;;
    --identity-principal-id) identity_principal_id="$2"; shift 2 ;;
    *) echo "Unknown option $1" >&2; exit 2 ;;
  esac
done

graph=https://graph.microsoft.com/v1.0

# Creates the application named in the body, or patches the existing one; prints its appId.
upsert_app() {
  local body="$1" name object_id
  name="$(jq -r .displayName <<<"$body")"
  object_id="$(az ad app list --display-name "$name" --query '[0].id' -o tsv)"
  if [[ -z "$object_id" ]]; then
    object_id="$(az rest --method POST --uri "$graph/applications" --headers Content-Type=application/json \
      --body "$body" --query id -o tsv)"
    echo "Created app registration '$name'." >&2
  else
    az rest --method PATCH --uri "$graph/applications/$object_id" --headers Content-Type=application/json \
      --body "$body" >/dev/null
    echo "Updated app registration '$name'." >&2
  fi
  az rest --method GET --uri "$graph/applications/$object_id" --query appId -o tsv
}

ensure_service_principal() {
  az ad sp show --id "$1" --query id -o tsv 2>/dev/null || az ad sp create --id "$1" --query id -o tsv
}

# 1. Tarjotin API: roles, scope, token version. The App ID URI needs the appId, so it is set afterwards.
api_body="$(jq '.api | .identifierUris = []' "$manifest")"
api_app_id="$(upsert_app "$api_body")"
api_object_id="$(az ad app show --id "$api_app_id" --query id -o tsv)"
az rest --method PATCH --uri "$graph/applications/$api_object_id" --headers Content-Type=application/json \
  --body "{\"identifierUris\":[\"api://$api_app_id\"]}" >/dev/null
api_sp_id="$(ensure_service_principal "$api_app_id")"

# 2. Tarjotin connector: delegated access to user_impersonation; the redirect URI once the connector exists.
connector_body="$(jq --arg api "$api_app_id" --arg cid "$connector_id" '
  .connectorClient
  | .requiredResourceAccess[0].resourceAppId = $api
  | if $cid == "" then .web.redirectUris = []
    else .web.redirectUris = [.web.redirectUris[0] | sub("<connector-id>"; $cid)] end' "$manifest")"
connector_app_id="$(upsert_app "$connector_body")"
ensure_service_principal "$connector_app_id" >/dev/null

# 3. user_impersonation is admin-consent-only: consent for the connector, for every user of this tenant,
#    so that nobody sees a consent prompt and no other app can be consented to by a user.
az ad app permission admin-consent --id "$connector_app_id"
echo "Admin consent for the connector granted in this tenant." >&2

# 4. Graph application permissions for the managed identity (app role assignments; admin consent).
if [[ -n "$identity_principal_id" ]]; then
  graph_app_id="$(jq -r .managedIdentityGraphPermissions.resourceAppId "$manifest")"
  graph_sp_id="$(az ad sp show --id "$graph_app_id" --query id -o tsv)"
  assigned="$(az rest --method GET --uri "$graph/servicePrincipals/$identity_principal_id/appRoleAssignments" \
    --query 'value[].appRoleId' -o tsv)"
  for permission in $(jq -r '.managedIdentityGraphPermissions.permissions[]' "$manifest"); do
    role_id="$(az ad sp show --id "$graph_app_id" \
      --query "appRoles[?value=='$permission' && contains(allowedMemberTypes, 'Application')].id | [0]" -o tsv)"
    if [[ -z "$role_id" ]]; then
      echo "Microsoft Graph has no application permission named $permission." >&2
      exit 1
    fi
    if grep -qx "$role_id" <<<"$assigned"; then
      echo "Graph $permission: already granted." >&2
      continue
    fi
    az rest --method POST --uri "$graph/servicePrincipals/$identity_principal_id/appRoleAssignments" \
      --headers Content-Type=application/json \
      --body "{\"principalId\":\"$identity_principal_id\",\"resourceId\":\"$graph_sp_id\",\"appRoleId\":\"$role_id\"}" >/dev/null
    echo "Graph $permission: granted." >&2
  done
fi

# 5. The connector files to import, signing in against this (the home) tenant rather than "common".
home_tenant_id="$(az account show --query tenantId -o tsv)"
"$here/fill-connector-properties.sh" --tenant-id "$home_tenant_id" --api-app-id "$api_app_id" \
  --connector-app-id "$connector_app_id"

cat <<OUT
Tarjotin API app id (Bicep parameter apiClientId):  $api_app_id
Tarjotin API service principal (assign app roles):  $api_sp_id
App ID URI (connector resourceUri, scope prefix):    api://$api_app_id
Connector client id (apiProperties.json clientId,
                     Bicep parameter connectorClientId): $connector_app_id
Connector files to import (tenant $home_tenant_id): connector-definition/deploy/
Service settings: TARJOTIN_ENTRA_HOME_TENANT_ID=$home_tenant_id
                  TARJOTIN_ENTRA_AUDIENCES=$api_app_id,api://$api_app_id
                  TARJOTIN_ENTRA_ALLOWED_CLIENT_IDS=$connector_app_id
OUT
