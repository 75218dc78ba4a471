package io.github.herenet.helium.examples;

import io.github.herenet.helium.thermo.StandardConditions;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Lets picocli read standard conditions such as {@code 0C}, {@code 15C}, {@code 70F} or {@code 288.15K}. */
public final class StandardConditionsConverter implements ITypeConverter<StandardConditions> {

    /**
     * Reads standard conditions with {@link StandardConditions#parse(String)}.
     *
     * @param value the text, e.g. {@code "70F"}
     * @return the conditions
     * @throws TypeConversionException with the reason, if the text is not standard conditions
     */
    @Override
    public StandardConditions convert(String value) {
        try {
            StandardConditions conditions = StandardConditions.parse(value);
            conditions.gasDensity(); // conditions outside the EOS range fail here, not in the middle of a table
            return conditions;
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
