package fi.tarjotin.devmode;

import java.util.List;
import java.util.stream.Collectors;

/** How to try the API in dev: the text the startup log and {@code GET /dev} show. */
final class DevGuide {

    private DevGuide() {
    }

    /** How to get a token and use it, as copy-and-paste commands for a server at {@code baseUrl}. */
    static String howTo(String baseUrl) {
        return """
                Tarjotin is running in the dev environment (local trial mode): sample data, and a local sign-in \
                instead of Entra ID.
                Get a token (role READER, EDITOR, COORDINATOR or ADMIN; valid %d h or until the service restarts):
                  curl -s -X POST %s/dev/token -H 'Content-Type: application/json' -d '{"role":"EDITOR"}'
                Then call the API with it, for example:
                  TOKEN=$(curl -s -X POST %s/dev/token -H 'Content-Type: application/json' -d '{"role":"EDITOR"}' | sed -E 's/.*"accessToken":"([^"]+)".*/\\1/')
                  curl -H "Authorization: Bearer $TOKEN" '%s/api/v1/opportunities?municipality=167'
                Or try every operation in a browser, already signed in: %s/dev/api-explorer
                More (sample organisations, options): %s/dev
                """.formatted(DevTokenIssuer.LIFETIME.toHours(), baseUrl, baseUrl, baseUrl, baseUrl, baseUrl);
    }

    /** The help page: how to sign in, what the body may say, and the organisations to sign in for. */
    static String page(String baseUrl, List<DevAccessGrants.SampleOrganisation> organisations) {
        String listed = organisations.stream()
                .map(o -> "  %s  %s (%s)".formatted(o.id(), o.name(), String.join(", ", o.municipalityCodes())))
                .collect(Collectors.joining("\n"));
        return howTo(baseUrl) + """

                POST /dev/token takes {"role":"READER|EDITOR|COORDINATOR|ADMIN","organisationId":"...","municipalityCode":"541","name":"..."}
                  Each role is one fixed person (the same oid every time), in the tenant tarjotin.entra.home-tenant-id.
                  READER       reads published listings only.
                  EDITOR       becomes a member of organisationId (default: %s, Nurmeksen Työttömät ry);
                               signing in again with another organisationId adds that membership too.
                  COORDINATOR  is assigned municipalityCode (default: %s Joensuu), and keeps earlier assignments.
                  ADMIN        may act everywhere.
                  name         the display name in the token and the audit log (optional).

                Organisations (id, name, municipality codes):
                %s
                """.formatted(DevAccessGrants.DEFAULT_ORGANISATION, DevAccessGrants.DEFAULT_MUNICIPALITY, listed);
    }
}
