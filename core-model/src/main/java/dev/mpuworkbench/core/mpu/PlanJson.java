package dev.mpuworkbench.core.mpu;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mpuworkbench.core.model.Hex;

/**
 * The plan as the CLI prints it with {@code plan --json}: {@code {"strategy":…, "regionsAvailable":N,
 * "contexts":[{"name":…, "regions":[{"index":i,"part":"A|B","base":"0x…","limit":"0x…","prbar":"0x…",
 * "prlar":"0x…","owner":…}], "used":k, "lowerBound":m, "overGrantBytes":b}]}} with {@code limit} the
 * inclusive last byte.
 */
public final class PlanJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PlanJson() {
    }

    public static String toJson(MpuPlan plan) {
        try {
            return MAPPER.writeValueAsString(toTree(plan));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serialises", e);
        }
    }

    public static ObjectNode toTree(MpuPlan plan) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("strategy", plan.strategy().cliName());
        root.put("regionsAvailable", plan.regionsAvailable());
        ArrayNode contexts = root.putArray("contexts");
        for (ContextPlan c : plan.contexts()) {
            ObjectNode ctx = contexts.addObject();
            ctx.put("name", c.name());
            ArrayNode regions = ctx.putArray("regions");
            for (PlannedRegion r : c.regions()) {
                ObjectNode region = regions.addObject();
                region.put("index", r.index());
                region.put("part", r.part().name());
                region.put("base", Hex.of(r.range().base()));
                region.put("limit", Hex.of(r.range().last()));
                region.put("prbar", Hex.of(r.prbar()));
                region.put("prlar", Hex.of(r.prlar()));
                region.put("owner", r.owner());
            }
            ctx.put("used", c.used());
            ctx.put("lowerBound", c.lowerBound());
            ctx.put("overGrantBytes", c.overGrantBytes());
        }
        return root;
    }
}
