package fi.tarjotin.common;

import fi.tarjotin.error.BadRequestException;
import fi.tarjotin.error.ErrorCode;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The body of every PATCH: a JSON merge patch (RFC 7396), read from {@code application/merge-patch+json} or
 * {@code application/json} (see {@link AcceptsMergePatch}). An absent property keeps its value, {@code null}
 * clears it, an object merges property by property. The same faults get the same answers on every resource:
 * a body that is not an object, or that leaves a value of the wrong JSON type, is 400 {@code INVALID_JSON}.
 */
@Serdeable.Deserializable(using = MergePatchRequest.Reader.class)
public record MergePatchRequest(JsonNode members) {

    /** Properties a client may send back from a read that are not content; the version is read on its own. */
    private static final Set<String> READ_ONLY = Set.of("id", "version", "createdAt", "updatedAt");

    public MergePatchRequest {
        if (members == null || !members.isObject()) {
            throw new BadRequestException(ErrorCode.INVALID_JSON, null);
        }
    }

    /** The version the client last read, from {@code If-Match} or the body, as {@link Versions} reads it. */
    public long expectedVersion(String ifMatch) {
        return Versions.expected(ifMatch, members);
    }

    /** {@code current} with this patch merged onto it, read back as {@code type}; it is still to be validated. */
    public <T> T applyTo(T current, Class<T> type, JsonMapper mapper) {
        JsonNode merged;
        try {
            merged = MergePatch.apply(mapper.writeValueToTree(current), content());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        try {
            return mapper.readValueFromTree(merged, type);
        } catch (IOException | RuntimeException wrongTypes) {
            throw new BadRequestException(ErrorCode.INVALID_JSON, null);
        }
    }

    private JsonNode content() {
        Map<String, JsonNode> content = new LinkedHashMap<>();
        members.entries().forEach(e -> {
            if (!READ_ONLY.contains(e.getKey())) {
                content.put(e.getKey(), e.getValue());
            }
        });
        return JsonNode.createObjectNode(content);
    }

    /** Reads the body as a JSON tree, whatever its shape, so that a non-object is refused by the record itself. */
    @Singleton
    static final class Reader implements Deserializer<MergePatchRequest> {
        @Override
        public MergePatchRequest deserialize(Decoder decoder, DecoderContext context,
                                             Argument<? super MergePatchRequest> type) throws IOException {
            return new MergePatchRequest(decoder.decodeNode());
        }
    }
}
