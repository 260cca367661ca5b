package fi.tarjotin.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.tarjotin.support.ConnectorDefinition;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The certification rules of POWER-PLATFORM.md, applied to {@code connector-definition/}: each broken
 * rule is reported with its rule name and where it is broken, and the build fails on any of them.
 */
class ConnectorLintTest {

    private static final Pattern PASCAL_CASE = Pattern.compile("^[A-Z][a-zA-Z0-9]*$");
    private static final Pattern SUMMARY = Pattern.compile("^[A-Za-z0-9 ()]+$");
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "of", "in", "on", "for", "to", "and", "or",
            "by", "with", "at");
    private static final Set<String> DAY_ONLY = Set.of("validFrom", "validTo", "applicationDeadline", "validOn");
    private static final Set<String> VISIBILITIES = Set.of("important", "advanced", "internal");
    private static final Set<String> CATEGORIES = Set.of("AI", "Business Management", "Business Intelligence",
            "Collaboration", "Commerce", "Communication", "Content and Files", "Finance", "Data", "Human Resources",
            "Internet of Things", "IT Operations", "Lifestyle and Entertainment", "Marketing", "Productivity",
            "Sales and CRM", "Security", "Social Media", "Website");

    private ConnectorDefinition definition;
    private JsonNode swagger;
    private JsonNode properties;
    private List<String> errors;
    private List<String> warnings;

    @Test
    void definitionBreaksNoCertificationRule() throws IOException {
        List<String> broken = lint(ConnectorDefinition.load().document(),
                ConnectorDefinition.read(ConnectorDefinition.DIRECTORY.resolve("apiProperties.json")));
        broken.forEach(e -> System.out.println("connector lint: " + e));
        assertEquals(List.of(), broken, broken.size() + " certification rule(s) broken");
    }

    @Test
    void definitionDrawsNoWarning() throws IOException {
        lint(ConnectorDefinition.load().document(),
                ConnectorDefinition.read(ConnectorDefinition.DIRECTORY.resolve("apiProperties.json")));
        warnings.forEach(w -> System.out.println("connector lint warning: " + w));
        assertEquals(List.of(), warnings, warnings.size() + " warning(s)");
    }

    @Test
    void theLintWarnsOfMissingPolish() throws IOException {
        ObjectNode unpolished = ConnectorDefinition.load().swagger().deepCopy();
        ObjectNode create = (ObjectNode) unpolished.path("paths").path("/api/v1/opportunities").path("post");
        create.remove("tags");
        ((com.fasterxml.jackson.databind.node.ArrayNode) create.path("parameters")).removeAll();
        ((ObjectNode) unpolished.path("paths").path("/api/v1/subscriptions/opportunity-published").path("post"))
                .remove("x-ms-trigger-hint");
        lint(unpolished, ConnectorDefinition.read(ConnectorDefinition.DIRECTORY.resolve("apiProperties.json")));
        String found = String.join("\n", warnings);
        for (String rule : List.of("OperationTags: CreateOpportunity", "IdempotencyKey: CreateOpportunity",
                "TriggerHint: OnOpportunityPublished", "ShapeWrittenOnce")) {
            assertTrue(found.contains(rule), rule + " in\n" + found);
        }
    }

    @Test
    void theLintNoticesABrokenOrCircularReference() throws IOException {
        ObjectNode broken = ConnectorDefinition.load().document().deepCopy();
        ObjectNode definitions = (ObjectNode) broken.path("definitions");
        definitions.putObject("Loop").put("type", "object").putObject("properties").putObject("self")
                .put("$ref", "#/definitions/Loop");
        ((ObjectNode) broken.path("paths").path("/api/v1/me").path("get").path("responses").path("200"))
                .putObject("schema").put("$ref", "#/definitions/Nowhere");
        String found = String.join("\n", lint(broken,
                ConnectorDefinition.read(ConnectorDefinition.DIRECTORY.resolve("apiProperties.json"))));
        for (String rule : List.of("RefResolves", "RefCycle")) {
            assertTrue(found.contains(rule), rule + " in\n" + found);
        }
    }

    @Test
    void theLintNoticesBrokenRules() throws IOException {
        ObjectNode broken = ConnectorDefinition.load().swagger().deepCopy();
        ObjectNode getMe = (ObjectNode) broken.path("paths").path("/api/v1/me").path("get");
        getMe.remove("summary");
        ((ObjectNode) getMe.path("responses").path("default")).putObject("schema").put("type", "object");
        ObjectNode listCodes = (ObjectNode) broken.path("paths").path("/api/v1/codes/{list}").path("get");
        listCodes.put("x-ms-visibility", "internal");
        ((ObjectNode) listCodes.path("parameters").get(0)).remove("x-ms-url-encoding");
        ((ObjectNode) broken.path("info")).put("title", "Tarjotin Opportunities API Connector");
        ((ObjectNode) broken.path("definitions").path("Opportunity").path("properties").path("deliveryMode"))
                .remove("x-ms-enum-values");
        ObjectNode properties = (ObjectNode) ConnectorDefinition.read(ConnectorDefinition.DIRECTORY.resolve("apiProperties.json"));
        ((ObjectNode) properties.path("properties").path("connectionParameters").path("token").path("oAuthSettings"))
                .putArray("scopes").add("api://x/user_impersonation");
        ((ObjectNode) properties.path("properties").path("connectionParameters").path("token").path("oAuthSettings")
                .path("customParameters").path("tenantId")).put("value", "common");

        String found = String.join("\n", lint(broken, properties));

        for (String rule : List.of("OperationSummaryRequired: GetMe", "DefaultResponseHasSchema: GetMe",
                "DynamicValuesNotInternal", "CanvasAppOperationsVisible: ListCodes", "PathParameterMissingEncoding: ListCodes",
                "TitleLength", "TitleWords", "RefreshTokens", "HomeTenant",
                "EnumDisplayNames: $.definitions.Opportunity.properties.deliveryMode names the value ONSITE")) {
            assertTrue(found.contains(rule), rule + " in\n" + found);
        }
    }

    private List<String> lint(JsonNode swaggerDocument, JsonNode apiProperties) throws IOException {
        definition = ConnectorDefinition.of(swaggerDocument);
        swagger = definition.swagger();
        properties = apiProperties;
        errors = new ArrayList<>();
        warnings = new ArrayList<>();
        document();
        info();
        Set<String> ids = new HashSet<>();
        for (ConnectorDefinition.Operation op : definition.operations()) {
            operation(op, ids);
        }
        references(swaggerDocument, swaggerDocument, "$", new ArrayList<>());
        shapesWrittenOnce(swaggerDocument);
        enumDisplayNames(swaggerDocument, "$");
        depth(swagger, "$");
        triggers();
        paging();
        capabilities();
        apiProperties();
        icon();
        readme();
        return errors;
    }

    private void document() throws IOException {
        rule("SwaggerVersion", swagger.path("swagger").asText().equals("2.0"), "$.swagger must be 2.0");
        rule("HostFormat", swagger.path("host").asText().matches("^[a-z0-9.-]+$"), "$.host is a host name without scheme or path");
        rule("BasePath", swagger.path("basePath").asText().startsWith("/"), "$.basePath starts with /");
        rule("HttpsOnly", swagger.path("schemes").toString().equals("[\"https\"]"), "$.schemes is [\"https\"]");
        rule("FileSize", Files.size(ConnectorDefinition.DIRECTORY.resolve("apiDefinition.swagger.json")) < 1_000_000,
                "the definition is under 1 MB");
        rule("OperationCount", definition.operations().size() <= 256, "at most 256 operations");
        rule("NoSecrets", !swagger.toString().toLowerCase(Locale.ROOT).contains("client_secret"), "no secrets");
    }

    private void info() {
        JsonNode info = swagger.path("info");
        String title = info.path("title").asText();
        rule("TitleLength", !title.isEmpty() && title.length() <= 30, "info.title is 1-30 characters");
        rule("TitleEnding", title.matches(".*[A-Za-z0-9]$"), "info.title ends with a letter or digit");
        rule("TitleWords", !title.toLowerCase(Locale.ROOT).matches(".*\\b(api|connector|microsoft|power apps|power automate|logic apps)\\b.*"),
                "info.title has no API, Connector or product name");
        int description = info.path("description").asText().length();
        rule("DescriptionLength", description >= 30 && description <= 500, "info.description is 30-500 characters");
        for (String field : List.of("name", "url", "email")) {
            rule("ContactInfo", !info.path("contact").path(field).asText().isBlank(), "info.contact." + field);
        }
        Set<String> metadata = new HashSet<>();
        swagger.path("x-ms-connector-metadata").forEach(m -> {
            metadata.add(m.path("propertyName").asText());
            if (m.path("propertyName").asText().equals("Categories")) {
                String[] categories = m.path("propertyValue").asText().split(";");
                rule("Categories", categories.length <= 2, "at most 2 categories");
                for (String c : categories) {
                    rule("Categories", CATEGORIES.contains(c), "unknown category " + c);
                }
            }
        });
        rule("ConnectorMetadata", metadata.containsAll(List.of("Website", "Privacy policy", "Categories")),
                "x-ms-connector-metadata has Website, Privacy policy and Categories");
    }

    private void operation(ConnectorDefinition.Operation op, Set<String> ids) {
        String at = op.method() + " " + op.path();
        JsonNode node = op.node();
        String id = op.id();
        rule("OperationIdRequired", !id.isEmpty(), at);
        rule("OperationIdNotUnique", ids.add(id), at + " " + id);
        rule("OperationIdSanitized", PASCAL_CASE.matcher(id).matches(), at + " " + id + " is PascalCase without - or _");
        String summary = node.path("summary").asText();
        String description = node.path("description").asText();
        rule("OperationSummaryRequired", !summary.isBlank() && summary.length() < 80 && SUMMARY.matcher(summary).matches(),
                id + ": summary is short, of letters, digits, spaces and parentheses");
        rule("OperationDescriptionRequired", description.endsWith(".") && description.length() > summary.length(),
                id + ": description is a full sentence ending with a period");
        rule("SummaryDescriptionDiffer", !summary.equalsIgnoreCase(description), id);
        visibility(node, id);
        for (JsonNode p : op.parameters()) {
            parameter(op, p);
        }
        rule("DefaultResponseRequired", node.path("responses").has("default"), id + " has a default response");
        rule("DefaultResponseHasSchema", !node.path("responses").path("default").has("schema"), id + ": default response has no schema");
        node.path("responses").fields().forEachRemaining(r -> {
            if (r.getKey().startsWith("2") && !r.getKey().equals("204")) {
                schema(r.getValue().path("schema"), id + " response " + r.getKey(), true);
                rule("SchemaDefinitionSetIncorrectly", concrete(r.getValue().path("schema")), id + " response " + r.getKey()
                        + " has a concrete schema");
            }
            if (r.getKey().equals("204")) {
                rule("NoContentHasNoSchema", !r.getValue().has("schema"), id + " 204 has no body");
            }
        });
        rule("NoBodyOnGet", !op.method().equals("GET") || op.body().isEmpty(), id + ": GET has no body");
        Set<String> declaredTags = new HashSet<>();
        swagger.path("tags").forEach(t -> declaredTags.add(t.path("name").asText()));
        warn("OperationTags", node.path("tags").size() > 0 && java.util.stream.StreamSupport.stream(node.path("tags")
                .spliterator(), false).allMatch(t -> declaredTags.contains(t.asText())), id + " has tags declared in $.tags");
        boolean creates = node.path("responses").has("201") || op.method().equals("POST") && node.path("responses").has("202");
        if (creates && !node.has("x-ms-trigger")) {
            warn("IdempotencyKey", op.parameters().stream().anyMatch(p -> p.path("in").asText().equals("header")
                    && p.path("name").asText().equals("Idempotency-Key")), id + " creates: it takes an Idempotency-Key header");
        }
        if (node.has("x-ms-trigger")) {
            warn("TriggerHint", !node.path("x-ms-trigger-hint").asText().isBlank(), id + " has an x-ms-trigger-hint");
        }
        if (node.path("responses").has("202")) {
            rule("AcceptedHasLocation", node.path("responses").path("202").path("headers").has("Location"),
                    id + ": 202 declares the Location header of its status");
        }
    }

    private void parameter(ConnectorDefinition.Operation op, JsonNode p) {
        String name = p.path("name").asText();
        String at = op.id() + " parameter " + name;
        rule("NoConnectionIdParameter", !name.equalsIgnoreCase("connectionId"), at);
        summaryAndDescription(p, at);
        visibility(p, at);
        if (p.path("in").asText().equals("path")) {
            rule("PathParameterRequired", p.path("required").asBoolean(), at);
            rule("PathParameterMissingEncoding", p.path("x-ms-url-encoding").asText().equals("single"), at);
        }
        if (p.path("x-ms-visibility").asText().equals("internal")) {
            rule("PropertyMustBeRequired", p.path("required").asBoolean() && p.has("default"), at + " is internal: required with a default");
        }
        if (DAY_ONLY.contains(name)) {
            rule("DayOnlyIsDate", p.path("format").asText().equals("date"), at + " is format: date");
        }
        dynamicValues(p, at);
        if (p.has("schema")) {
            rule("BodyRequired", p.path("required").asBoolean(), at + " body is required");
            schema(p.path("schema"), at, false);
        }
    }

    /** Every property: summary in Title Case and a description; internal ones required; day-only as date. */
    private void schema(JsonNode schema, String at, boolean response) {
        if (schema.has("items")) {
            schema(schema.path("items"), at + "[]", response);
        }
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        schema.path("properties").fields().forEachRemaining(e -> {
            String where = at + "." + e.getKey();
            JsonNode property = e.getValue();
            summaryAndDescription(property, where);
            visibility(property, where);
            dynamicValues(property, where);
            if (property.path("x-ms-visibility").asText().equals("internal")) {
                boolean notificationUrl = property.path("x-ms-notification-url").asBoolean();
                rule("PropertyMustBeRequired", required.contains(e.getKey()) && (notificationUrl || property.has("default")),
                        where + " is internal: required with a default");
            }
            if (DAY_ONLY.contains(e.getKey())) {
                rule("DayOnlyIsDate", property.path("format").asText().equals("date"), where + " is format: date");
            }
            if (e.getKey().endsWith("At") && property.path("type").asText().equals("string")) {
                rule("InstantIsDateTime", property.path("format").asText().equals("date-time"), where + " is format: date-time");
            }
            if (!response && property.path("type").asText().equals("string") && !property.has("enum")
                    && !property.has("format") && !property.path("x-ms-notification-url").asBoolean()) {
                rule("WritableTextHasMaxLength", property.has("maxLength"), where + " declares maxLength");
            }
            rule("SchemaDefinitionSetIncorrectly", concrete(property), where + " has a type");
            schema(property, where, response);
        });
    }

    private void summaryAndDescription(JsonNode node, String at) {
        String summary = node.path("x-ms-summary").asText();
        rule("XMsSummaryRequired", !summary.isBlank(), at + " has x-ms-summary");
        rule("XMsSummaryTitleCase", titleCase(summary), at + " x-ms-summary \"" + summary + "\" is in Title Case");
        rule("DescriptionRequired", !node.path("description").asText().isBlank(), at + " has a description");
    }

    private void visibility(JsonNode node, String at) {
        if (node.has("x-ms-visibility")) {
            rule("XMsVisibility", VISIBILITIES.contains(node.path("x-ms-visibility").asText()), at);
        }
    }

    private void dynamicValues(JsonNode node, String at) {
        JsonNode dv = node.path("x-ms-dynamic-values");
        if (dv.isMissingNode()) {
            return;
        }
        String target = dv.path("operationId").asText();
        boolean exists = definition.operations().stream().anyMatch(o -> o.id().equals(target));
        rule("DynamicValuesOperation", exists, at + " points at an existing operation " + target);
        if (exists) {
            ConnectorDefinition.Operation list = definition.operation(target);
            rule("DynamicValuesNotInternal", !list.node().path("x-ms-visibility").asText().equals("internal"),
                    at + ": " + target + " feeds a dropdown and the canvas app, so it is not internal");
            rule("DynamicValuesGet", list.method().equals("GET"), at + ": " + target + " is a GET");
        }
        rule("DynamicValuesPaths", dv.has("value-collection") && dv.has("value-path") && dv.has("value-title"), at);
    }

    /** Shapes are written once, under definitions: every $ref is local, resolves, and never leads back to itself. */
    private void references(JsonNode node, JsonNode root, String at, List<String> trail) {
        if (node.isObject() && node.has("$ref")) {
            String ref = node.path("$ref").asText();
            rule("RefLocal", ref.startsWith("#/definitions/") || ref.startsWith("#/parameters/")
                    || ref.startsWith("#/responses/"), at + " refers to " + ref);
            rule("RefResolves", !root.at(ref.replaceFirst("^#", "")).isMissingNode(), at + " refers to " + ref);
            rule("RefCycle", !trail.contains(ref), at + " refers to " + ref + " inside itself");
            rule("RefAlone", node.size() == 1, at + ": keys beside $ref are ignored");
            if (!trail.contains(ref) && ref.startsWith("#/")) {
                trail.add(ref);
                references(root.at(ref.substring(1)), root, ref, trail);
                trail.remove(trail.size() - 1);
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> references(e.getValue(), root, at + "." + e.getKey(), trail));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                references(node.get(i), root, at + "[" + i + "]", trail);
            }
        }
    }

    /** Every fixed value shows in a dropdown under a Finnish display name, not as ONSITE or -updatedAt. */
    private void enumDisplayNames(JsonNode node, String at) {
        if (node.isObject() && node.has("enum")) {
            Set<String> named = new HashSet<>();
            node.path("x-ms-enum-values").forEach(v -> {
                if (!v.path("displayName").asText().isBlank()) {
                    named.add(v.path("value").asText());
                }
            });
            node.path("enum").forEach(v -> rule("EnumDisplayNames", named.contains(v.asText()),
                    at + " names the value " + v.asText() + " in x-ms-enum-values"));
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> enumDisplayNames(e.getValue(), at + "." + e.getKey()));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                enumDisplayNames(node.get(i), at + "[" + i + "]");
            }
        }
    }

    /** An object shape (ignoring its labels) written out twice belongs under definitions, used through $ref. */
    private void shapesWrittenOnce(JsonNode document) {
        java.util.Map<String, String> seen = new java.util.HashMap<>();
        shapes(document, "$", seen);
    }

    private void shapes(JsonNode node, String at, java.util.Map<String, String> seen) {
        if (node.isObject() && node.path("type").asText().equals("object") && node.path("properties").size() >= 2) {
            String shape = unlabelled(node).toString();
            String first = seen.putIfAbsent(shape, at);
            warn("ShapeWrittenOnce", first == null, at + " repeats the shape of " + first);
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> shapes(e.getValue(), at + "." + e.getKey(), seen));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                shapes(node.get(i), at + "[" + i + "]", seen);
            }
        }
    }

    private static JsonNode unlabelled(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            java.util.List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.stream().sorted().filter(n -> !n.equals("description") && !n.equals("x-ms-summary"))
                    .forEach(n -> copy.set(n, unlabelled(node.get(n))));
            return copy;
        }
        if (node.isArray()) {
            com.fasterxml.jackson.databind.node.ArrayNode copy = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
            node.forEach(e -> copy.add(unlabelled(e)));
            return copy;
        }
        return node;
    }

    private void depth(JsonNode node, String at) {
        if (node.isContainerNode()) {
            node.fields().forEachRemaining(e -> depth(e.getValue(), at + "." + e.getKey()));
            for (int i = 0; node.isArray() && i < node.size(); i++) {
                depth(node.get(i), at + "[" + i + "]");
            }
        }
        rule("SchemaDepth", at.chars().filter(c -> c == '.').count() < 40, at + " is not too deep");
    }

    private void triggers() {
        int triggers = 0;
        for (ConnectorDefinition.Operation op : definition.operations()) {
            if (!op.node().has("x-ms-trigger")) {
                continue;
            }
            triggers++;
            String id = op.id();
            rule("TriggerMethod", op.method().equals("POST"), id + " subscribes with POST");
            rule("TriggerNotificationContent", concrete(op.pathItem().path("x-ms-notification-content").path("schema")),
                    id + " describes what is posted in x-ms-notification-content");
            rule("TriggerCreated", op.node().path("responses").has("201"), id + " answers 201 with Location");
            JsonNode body = op.body().orElse(null);
            rule("TriggerBody", body != null && body.path("required").asBoolean(), id + " has a required body");
            if (body != null) {
                JsonNode schema = body.path("schema");
                List<String> urls = new ArrayList<>();
                schema.path("properties").fields().forEachRemaining(e -> {
                    if (e.getValue().path("x-ms-notification-url").asBoolean()) {
                        urls.add(e.getKey());
                        rule("NotificationUrlInternal", e.getValue().path("x-ms-visibility").asText().equals("internal")
                                && e.getValue().path("type").asText().equals("string"), id + "." + e.getKey());
                    }
                });
                rule("NotificationUrlRequired", urls.size() == 1 && schema.path("required").toString().contains("\"" + urls.get(0) + "\""),
                        id + " has one required x-ms-notification-url property");
            }
        }
        rule("Triggers", triggers >= 2, "the two webhook triggers exist");
        boolean unsubscribe = definition.operations().stream().anyMatch(o -> o.method().equals("DELETE")
                && o.path().equals("/api/v1/subscriptions/{id}") && o.node().path("x-ms-visibility").asText().equals("internal"));
        rule("TriggerUnsubscribe", unsubscribe, "an internal DELETE operation unsubscribes");
    }

    private void paging() {
        Set<String> rewritten = new HashSet<>();
        properties.path("properties").path("policyTemplateInstances").forEach(p -> {
            if (p.path("templateId").asText().equals("updatenextlink")
                    && p.path("parameters").path("x-ms-apimTemplateParameter.nextLinkPropertyName").asText().equals("nextLink")) {
                p.path("parameters").path("x-ms-apimTemplate-operationName").forEach(n -> rewritten.add(n.asText()));
            }
        });
        for (ConnectorDefinition.Operation op : definition.operations()) {
            JsonNode pageable = op.node().path("x-ms-pageable");
            if (pageable.isMissingNode()) {
                continue;
            }
            JsonNode schema = op.success().getValue().path("schema").path("properties");
            rule("Pageable", pageable.path("nextLinkName").asText().equals("nextLink")
                    && schema.path("value").path("type").asText().equals("array") && schema.has("nextLink"),
                    op.id() + " pages with value and nextLink");
            rule("UpdateNextLinkPolicy", rewritten.contains(op.id()), op.id() + " is in the updatenextlink policy");
        }
    }

    private void capabilities() {
        String test = swagger.path("x-ms-capabilities").path("testConnection").path("operationId").asText();
        boolean ok = definition.operations().stream().anyMatch(o -> o.id().equals(test) && o.method().equals("GET")
                && o.parameters().stream().noneMatch(p -> p.path("required").asBoolean()));
        rule("TestConnection", ok, "x-ms-capabilities.testConnection names a GET without required parameters");
        for (String canvasNeeds : List.of("GetMe", "ListMunicipalities", "ListCodes", "SearchOpportunities")) {
            rule("CanvasAppOperationsVisible", !definition.operation(canvasNeeds).node().path("x-ms-visibility").asText()
                    .equals("internal"), canvasNeeds + " is not internal: Power Apps hides internal operations");
        }
    }

    private void apiProperties() {
        JsonNode p = properties.path("properties");
        String color = p.path("iconBrandColor").asText();
        rule("IconBrandColor", color.matches("^#[0-9a-fA-F]{6}$") && !color.equalsIgnoreCase("#007ee5")
                && !color.equalsIgnoreCase("#ffffff"), "iconBrandColor is set and not a default");
        rule("Publisher", !p.path("publisher").asText().isBlank() && !p.path("stackOwner").asText().isBlank(),
                "publisher and stackOwner");
        JsonNode oauth = p.path("connectionParameters").path("token").path("oAuthSettings");
        rule("OAuthType", p.path("connectionParameters").path("token").path("type").asText().equals("oauthSetting"), "token is oauthSetting");
        rule("AadIdentityProvider", oauth.path("identityProvider").asText().equals("aad"), "identityProvider aad");
        rule("RedirectMode", oauth.path("redirectMode").asText().equals("GlobalPerConnector"), "redirectMode GlobalPerConnector");
        rule("RefreshTokens", oauth.path("scopes").toString().contains("\"offline_access\""), "scopes ask for offline_access");
        String resource = oauth.path("customParameters").path("resourceUri").path("value").asText();
        rule("ResourceUri", !resource.isBlank()
                && resource.equals(oauth.path("properties").path("AzureActiveDirectoryResourceId").asText()),
                "resourceUri is set and equals AzureActiveDirectoryResourceId");
        rule("FirstParty", oauth.path("properties").path("IsFirstParty").asText().equals("False"), "IsFirstParty False");
        rule("LoginUri", oauth.path("customParameters").path("loginUri").path("value").asText()
                .equals("https://login.microsoftonline.com"), "loginUri");
        String tenant = oauth.path("customParameters").path("tenantId").path("value").asText();
        rule("TenantId", !tenant.isBlank(), "tenantId");
        rule("HomeTenant", !Set.of("common", "organizations", "consumers").contains(tenant.toLowerCase(Locale.ROOT)),
                "tenantId is the home tenant (B2B guests sign in only through the tenant that invited them), not " + tenant);
        rule("NoClientCredentials", !oauth.has("clientSecret") || oauth.path("clientSecret").isNull(),
                "no client secret in the repository");
    }

    private void icon() throws IOException {
        BufferedImage icon = ImageIO.read(ConnectorDefinition.DIRECTORY.resolve("icon.png").toFile());
        rule("IconReadable", icon != null, "icon.png is a PNG");
        if (icon == null) {
            return;
        }
        rule("IconSquare", icon.getWidth() == icon.getHeight(), "icon is 1:1");
        rule("IconSize", icon.getWidth() >= 100 && icon.getWidth() <= 230, "icon is 100-230 px");
        boolean opaque = true;
        for (int y = 0; y < icon.getHeight(); y++) {
            for (int x = 0; x < icon.getWidth(); x++) {
                opaque &= (icon.getRGB(x, y) >>> 24) == 0xff;
            }
        }
        rule("IconOpaque", opaque, "icon has no transparent pixels");
        String corner = String.format("#%06x", icon.getRGB(0, 0) & 0xffffff);
        rule("IconBackground", corner.equalsIgnoreCase(properties.path("properties").path("iconBrandColor").asText()),
                "icon background " + corner + " is the brand colour");
    }

    /** The sections of Microsoft's connector README template, with the real publisher named under Publisher. */
    private void readme() throws IOException {
        Path readme = ConnectorDefinition.DIRECTORY.resolve("README.md");
        String text = Files.exists(readme) ? Files.readString(readme) : "";
        for (String section : List.of("Publisher", "Prerequisites", "Supported Operations", "Obtaining Credentials",
                "Known Issues and Limitations", "Deployment Instructions")) {
            rule("Readme", Pattern.compile("(?m)^## " + Pattern.quote(section) + "$").matcher(text).find(),
                    "README.md has a section ## " + section);
        }
        String publisher = properties.path("properties").path("publisher").asText();
        rule("ReadmePublisher", text.contains("## Publisher\n\n" + publisher), "README.md names the publisher " + publisher);
        for (ConnectorDefinition.Operation op : definition.operations()) {
            if (!op.node().path("x-ms-visibility").asText().equals("internal")) {
                rule("ReadmeOperations", text.contains(op.node().path("summary").asText()), "README.md lists " + op.id());
            }
        }
    }

    private static boolean concrete(JsonNode schema) {
        String type = schema.path("type").asText();
        if (type.isEmpty()) {
            return false;
        }
        if (type.equals("object")) {
            return schema.path("properties").size() > 0;
        }
        return !type.equals("array") || concrete(schema.path("items"));
    }

    private static boolean titleCase(String text) {
        String[] words = text.split(" ");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty()) {
                return false;
            }
            boolean upper = Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0));
            if (!upper && (i == 0 || !SMALL_WORDS.contains(w))) {
                return false;
            }
        }
        return true;
    }

    private void warn(String name, boolean holds, String where) {
        if (!holds) {
            warnings.add(name + ": " + where);
        }
    }

    private void rule(String name, boolean holds, String where) {
        if (!holds) {
            errors.add(name + ": " + where);
        }
    }
}
