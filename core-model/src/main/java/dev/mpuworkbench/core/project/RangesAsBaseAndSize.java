package dev.mpuworkbench.core.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mpuworkbench.core.model.Hex;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Format 1 wrote every address range as {@code {"start", "end"}} with an exclusive end and had no list
 * of locked subjects. Format 2 writes {@code {"base", "size"}} and adds {@code design.locked}.
 */
final class RangesAsBaseAndSize implements Migration {
    @Override
    public int fromVersion() {
        return 1;
    }

    @Override
    public void migrate(ObjectNode document) {
        rewriteRanges(document);
        JsonNode design = document.get("design");
        if (design instanceof ObjectNode d && !d.has("locked")) d.putArray("locked");
    }

    private static void rewriteRanges(JsonNode node) {
        if (node instanceof ObjectNode obj) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            obj.fields().forEachRemaining(fields::add);
            for (Map.Entry<String, JsonNode> f : fields) {
                if (isOldRange(f.getValue())) {
                    obj.set(f.getKey(), toNewRange((ObjectNode) f.getValue()));
                } else {
                    rewriteRanges(f.getValue());
                }
            }
        } else if (node instanceof ArrayNode arr) {
            for (int i = 0; i < arr.size(); i++) {
                if (isOldRange(arr.get(i))) {
                    arr.set(i, toNewRange((ObjectNode) arr.get(i)));
                } else {
                    rewriteRanges(arr.get(i));
                }
            }
        }
    }

    private static boolean isOldRange(JsonNode node) {
        return node instanceof ObjectNode o && o.size() == 2 && o.has("start") && o.has("end");
    }

    private static ObjectNode toNewRange(ObjectNode old) {
        long start = number(old.get("start"));
        long end = number(old.get("end"));
        ObjectNode out = old.objectNode();
        out.put("base", Hex.of(start));
        out.put("size", Hex.of(end - start));
        return out;
    }

    private static long number(JsonNode n) {
        return n.isNumber() ? n.asLong() : Hex.parse(n.asText());
    }
}
