#!/usr/bin/env bash
# Writes a copy of connector-definition/ ready to import, with the placeholders of apiProperties.json filled
# in: the home tenant the connector signs in against (never "common": B2B guests - the associations'
# volunteers - can sign in only through the tenant that invited them), the API's App ID URI and the
# connector's client id. The files in the repository keep their placeholders.
#
#   ./fill-connector-properties.sh --tenant-id <home tenant id> --api-app-id <API app id> \
#       --connector-app-id <connector app id> [--out <folder>]       # default: connector-definition/deploy
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source_dir="$here/../../connector-definition"
out="$source_dir/deploy"
tenant_id="" api_app_id="" connector_app_id=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --tenant-id) tenant_id="$2"; shift 2 ;;
    --api-app-id) api_app_id="$2"; shift 2 ;;
    --connector-app-id) connector_app_id="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    *) echo "Unknown option $1" >&2; exit 2 ;;
  esac
done

guid='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
for pair in "tenant-id:$tenant_id" "api-app-id:$api_app_id" "connector-app-id:$connector_app_id"; do
  if [[ ! "${pair#*:}" =~ $guid ]]; then
    echo "--${pair%%:*} must be a GUID (got '${pair#*:}')." >&2
    exit 2
  fi
done

mkdir -p "$out"
cp "$source_dir/apiDefinition.swagger.json" "$source_dir/icon.png" "$out/"
# paconn create writes the new connector's id into settings.json: an earlier copy is kept.
[[ -f "$out/settings.json" ]] || cp "$source_dir/settings.json" "$out/"
sed -e "s/<home-tenant-id>/$tenant_id/g" \
    -e "s/<tarjotin-api-client-id>/$api_app_id/g" \
    -e "s/<connector-client-id>/$connector_app_id/g" \
    "$source_dir/apiProperties.json" > "$out/apiProperties.json"
# The definition's security section is informational for the platform; keep it pointing at the same tenant.
sed -i -e "s#login.microsoftonline.com/common/#login.microsoftonline.com/$tenant_id/#g" \
    -e "s#login.windows.net/common/#login.windows.net/$tenant_id/#g" "$out/apiDefinition.swagger.json"
if grep -q '<[a-z-]*-id>' "$out/apiProperties.json"; then
  echo "A placeholder is left in $out/apiProperties.json." >&2
  exit 1
fi
echo "Connector files for tenant $tenant_id written to $out." >&2
