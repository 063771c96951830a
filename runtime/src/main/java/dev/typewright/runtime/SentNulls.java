package dev.typewright.runtime;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.NullValueProvider;
import com.fasterxml.jackson.databind.deser.SettableAnyProperty;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.util.AccessPattern;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the {@code null}s a server sends for fields a model types as never null, so that a model
 * written back is the JSON it was read from.
 *
 * <p>A field that cannot be null holds a plain Java value, where {@code null} already means
 * absent. Such a {@code null} is therefore kept with the unknown fields: while a model that keeps
 * unknown fields is read, each of its properties records the {@code null}s it is given, and the
 * model's constructor ({@link Values#extras}) or, for a model Jackson fills field by field, this
 * module adds them to the unknown fields. Reading through a tree instead would cost every read.
 */
final class SentNulls {
    private static final ThreadLocal<SentNulls> CURRENT = ThreadLocal.withInitial(SentNulls::new);

    /** The names recorded for the objects being read, innermost last. */
    private String[] names = new String[8];

    private int size;
    /** Where each object being read starts in {@link #names}. */
    private int[] starts = new int[8];

    private int depth;

    private SentNulls() {}

    /** The JSON names of the nulls given to the object being read now, taken so they count once. */
    static List<String> take() {
        SentNulls s = CURRENT.get();
        if (s.depth == 0 || s.size == s.starts[s.depth - 1]) {
            return List.of();
        }
        int start = s.starts[s.depth - 1];
        List<String> taken = List.of(Arrays.copyOfRange(s.names, start, s.size));
        s.size = start;
        return taken;
    }

    private void open() {
        if (depth == starts.length) {
            starts = Arrays.copyOf(starts, depth * 2);
        }
        starts[depth++] = size;
    }

    private void close() {
        int start = starts[--depth];
        Arrays.fill(names, start, size, null);
        size = start;
    }

    private void record(String name) {
        if (depth == 0) {
            return;
        }
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
        }
        names[size++] = name;
    }

    /** The module {@link Json} registers. */
    static SimpleModule module() {
        return new SimpleModule("typewright-sent-nulls").setDeserializerModifier(new Modifier());
    }

    private static final class Modifier extends BeanDeserializerModifier {
        private static final long serialVersionUID = 1L;

        /**
         * The models seen by {@link #updateBuilder}, each with the any-setter that takes its nulls
         * after Jackson has filled it, or none when its constructor takes them.
         */
        private final transient Map<Class<?>, Optional<SettableAnyProperty>> models = new ConcurrentHashMap<>();

        @Override
        public BeanDeserializerBuilder updateBuilder(
                DeserializationConfig config, BeanDescription description, BeanDeserializerBuilder builder) {
            SettableAnyProperty anySetter = builder.getAnySetter();
            if (anySetter == null) {
                return builder;
            }
            ValueInstantiator instantiator = builder.getValueInstantiator();
            if (instantiator != null && instantiator.canCreateFromObjectWith()) {
                builder.setValueInstantiator(new Recording(instantiator));
                models.put(description.getBeanClass(), Optional.empty());
            } else {
                List<SettableBeanProperty> properties = new ArrayList<>();
                builder.getProperties().forEachRemaining(properties::add);
                for (SettableBeanProperty p : properties) {
                    if (records(p)) {
                        builder.addOrReplaceProperty(p.withNullProvider(new Recorder(p.getName())), true);
                    }
                }
                models.put(description.getBeanClass(), Optional.of(anySetter));
            }
            return builder;
        }

        @Override
        public JsonDeserializer<?> modifyDeserializer(
                DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
            Optional<SettableAnyProperty> model = models.get(description.getBeanClass());
            return model == null ? deserializer : new Framed(deserializer, model.orElse(null));
        }
    }

    /**
     * Whether a property's nulls need keeping: not when its type holds them ({@link JsonNullable}),
     * nor when the property writes its null itself.
     */
    private static boolean records(SettableBeanProperty p) {
        JsonInclude include = p.getAnnotation(JsonInclude.class);
        return !p.getType().hasRawClass(JsonNullable.class)
                && !p.getType().isPrimitive()
                && p.getAnnotation(JsonAnySetter.class) == null
                && (include == null || include.value() != JsonInclude.Include.ALWAYS);
    }

    private static final class Recording extends ValueInstantiator.Delegating {
        private static final long serialVersionUID = 1L;

        Recording(ValueInstantiator delegate) {
            super(delegate);
        }

        @Override
        public SettableBeanProperty[] getFromObjectArguments(DeserializationConfig config) {
            SettableBeanProperty[] arguments =
                    super.getFromObjectArguments(config).clone();
            for (int i = 0; i < arguments.length; i++) {
                if (records(arguments[i])) {
                    arguments[i] = arguments[i].withNullProvider(new Recorder(arguments[i].getName()));
                }
            }
            return arguments;
        }
    }

    /** Gives a property its null as before, noting that the JSON held one. */
    private record Recorder(String name) implements NullValueProvider {
        @Override
        public Object getNullValue(DeserializationContext context) {
            CURRENT.get().record(name);
            return null;
        }

        @Override
        public Object getAbsentValue(DeserializationContext context) {
            return null;
        }

        @Override
        public AccessPattern getNullAccessPattern() {
            return AccessPattern.DYNAMIC;
        }
    }

    /** Reads one model between the opening and closing of its own set of nulls. */
    private static final class Framed extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;

        /** Takes the nulls of a model Jackson fills field by field; null for one built by its constructor. */
        private final transient SettableAnyProperty fillLater;

        Framed(JsonDeserializer<?> delegate, SettableAnyProperty fillLater) {
            super(delegate);
            this.fillLater = fillLater;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Framed(delegate, fillLater);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            SentNulls nulls = CURRENT.get();
            nulls.open();
            try {
                return fill(super.deserialize(parser, context));
            } finally {
                nulls.close();
            }
        }

        @Override
        public Object deserializeWithType(
                JsonParser parser, DeserializationContext context, TypeDeserializer typeDeserializer)
                throws IOException {
            SentNulls nulls = CURRENT.get();
            nulls.open();
            try {
                return fill(super.deserializeWithType(parser, context, typeDeserializer));
            } finally {
                nulls.close();
            }
        }

        private Object fill(Object model) throws IOException {
            if (fillLater != null && model != null) {
                for (String name : take()) {
                    fillLater.set(model, name, NullNode.getInstance());
                }
            }
            return model;
        }
    }
}
