package dev.mpuworkbench.core.project;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.mpuworkbench.core.model.Hex;
import dev.mpuworkbench.core.model.SubjectPath;
import java.io.IOException;

/**
 * Addresses and sizes ({@code long} in the model) are written as hex strings ("0x40000000") so that a
 * person can read the file; they are read from hex strings, decimal strings or plain numbers.
 * Subject paths are written as plain strings.
 */
final class HexLongModule extends SimpleModule {
    HexLongModule() {
        super("mpuwb-hex");
        addSerializer(Long.class, new HexSerializer());
        addSerializer(long.class, new HexSerializer());
        addDeserializer(Long.class, new HexDeserializer());
        addDeserializer(long.class, new HexDeserializer());
        addSerializer(SubjectPath.class, new StdSerializer<>(SubjectPath.class) {
            @Override
            public void serialize(SubjectPath value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(value.value());
            }
        });
        addDeserializer(SubjectPath.class, new StdDeserializer<>(SubjectPath.class) {
            @Override
            public SubjectPath deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    return (SubjectPath) ctxt.handleUnexpectedToken(SubjectPath.class, p);
                }
                return new SubjectPath(p.getText());
            }
        });
    }

    private static final class HexSerializer extends StdSerializer<Long> {
        HexSerializer() {
            super(Long.class);
        }

        @Override
        public void serialize(Long value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(Hex.of(value));
        }
    }

    private static final class HexDeserializer extends StdDeserializer<Long> {
        HexDeserializer() {
            super(Long.class);
        }

        @Override
        public Long deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NUMBER_INT) return p.getLongValue();
            if (t == JsonToken.VALUE_STRING) {
                try {
                    return Hex.parse(p.getText());
                } catch (NumberFormatException e) {
                    return (Long) ctxt.handleWeirdStringValue(Long.class, p.getText(),
                        "not a number; write an address as \"0x...\" or a decimal");
                }
            }
            return (Long) ctxt.handleUnexpectedToken(Long.class, p);
        }
    }
}
