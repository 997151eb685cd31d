package org.openipt.support;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Values a careless user or an attacker sends, generated from a fixed seed (so that a failure can be replayed):
 * nothing, far too much, control characters, odd Unicode (overrides, lone surrogates, non-characters, combining
 * marks), extreme numbers and dates, unknown enum names, markup and SQL, and — in JSON — values of the wrong type.
 * Each mutation changes one field of a body that would otherwise be accepted, so that what is tried is the field's
 * own handling.
 */
public final class HostileInput {

    private static final String ODD_UNICODE = "\u202E\u2066\u200F\uFEFF\uD800\uDFFF\u0301\uFFFF😀日本اש\u0085\u2028";
    private static final List<String> NUMBERS = List.of("-2147483649", "9223372036854775808", "1e309", "NaN", "-0",
            "12.7", "0x10", "٣", "Infinity", "-1");
    private static final List<String> DATES = List.of("+999999999-12-31", "-999999999-01-01", "0000-00-00",
            "2026-02-30", "1000000-01-01", "2026-13-01", "9999-12-31T23:59:59", "24:61", "1899-12-31");
    private static final List<String> NAMES_AND_INJECTIONS = List.of("TELEPATHY", "null", "undefined",
            "<script>alert(1)</script>", "' OR 1=1 --", "../../etc/passwd", "%00", "${7*7}", "[[${7*7}]]",
            "\r\nSet-Cookie: x=1");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Random random;
    private final List<Supplier<String>> kinds;

    public HostileInput(long seed) {
        this.random = new Random(seed);
        this.kinds = List.of(() -> "", () -> "   ", () -> characters(4_001 + random.nextInt(16_000), 0x20, 0x7E),
                () -> characters(1 + random.nextInt(12), 0x00, 0x1F), () -> oddUnicode(1 + random.nextInt(40)),
                () -> oneOf(NUMBERS), () -> oneOf(DATES), () -> oneOf(NAMES_AND_INJECTIONS));
    }

    public String text() {
        return kinds.get(random.nextInt(kinds.size())).get();
    }

    /** The form with one field's value replaced. */
    public Map<String, String> withOneField(Map<String, String> form, String field) {
        Map<String, String> mutated = new LinkedHashMap<>(form);
        mutated.put(field, text());
        return mutated;
    }

    /** The JSON body with one top-level field replaced by a hostile value of any JSON type. */
    public String withOneField(String json, String field) {
        ObjectNode body = (ObjectNode) JSON.readTree(json);
        body.set(field, jsonValue());
        return JSON.writeValueAsString(body);
    }

    /** The top-level fields of a JSON object body; none when the body is not an object. */
    public static List<String> fieldsOf(String json) {
        JsonNode body = JSON.readTree(json);
        return body.isObject() ? new ArrayList<>(body.propertyNames()) : List.of();
    }

    /** Bodies that are not what any endpoint takes. */
    public static List<String> brokenBodies() {
        return List.of("", "{", "[]", "null", "\"text\"", "{\"a\":", "{\"__proto__\": {}}", "1e309");
    }

    private JsonNode jsonValue() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return switch (random.nextInt(7)) {
            case 0 -> nodes.nullNode();
            case 1 -> nodes.booleanNode(random.nextBoolean());
            case 2 -> nodes.numberNode(new BigDecimal("1e309"));
            case 3 -> random.nextBoolean() ? nodes.numberNode(12.7) : nodes.numberNode(-2147483649L);
            case 4 -> nodes.arrayNode().add(text());
            case 5 -> nodes.objectNode().put("value", text());
            default -> nodes.stringNode(text());
        };
    }

    private String characters(int length, int from, int to) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) (from + random.nextInt(to - from + 1)));
        }
        return text.toString();
    }

    private String oddUnicode(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ODD_UNICODE.charAt(random.nextInt(ODD_UNICODE.length())));
        }
        return text.toString();
    }

    private String oneOf(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
