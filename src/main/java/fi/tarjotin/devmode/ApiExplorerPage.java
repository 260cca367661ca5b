package fi.tarjotin.devmode;

/** The explorer's HTML: Swagger UI's files, the dev roles to sign in as, and where the definition is. */
final class ApiExplorerPage {

    private ApiExplorerPage() {
    }

    /** The page at {@code path} for the definition at {@code definition} (both fixed paths, nothing from a request). */
    static String html(String path, String definition) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <title>Tarjotin API explorer (dev)</title>
                  <link rel="stylesheet" href="%1$s/swagger-ui/swagger-ui.css">
                  <link rel="icon" type="image/png" href="%1$s/swagger-ui/favicon-32x32.png" sizes="32x32">
                </head>
                <body>
                  <p>Dev environment: every call is signed in as <strong id="signed-in">…</strong>.
                    Sign in as <a href="?role=READER">reader</a>, <a href="?role=EDITOR">editor</a>,
                    <a href="?role=COORDINATOR">coordinator</a> or <a href="?role=ADMIN">admin</a>.
                    The definition: <a href="%2$s">%2$s</a>.</p>
                  <div id="swagger-ui" data-definition="%2$s"></div>
                  <script src="%1$s/swagger-ui/swagger-ui-bundle.js"></script>
                  <script src="%1$s/explorer.js"></script>
                </body>
                </html>
                """.formatted(path, definition);
    }
}
