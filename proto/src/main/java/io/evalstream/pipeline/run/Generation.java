package io.evalstream.pipeline.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;

/**
 * Decoding settings of a run: greedy, 100 new tokens and the template's stop strings unless the request says
 * otherwise. Also the key of stored predictions a run may reuse.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Generation(
        @Min(value = 1, message = "must be between 1 and " + Generation.MAX_NEW_TOKENS_LIMIT)
        @Max(value = Generation.MAX_NEW_TOKENS_LIMIT, message = "must be between 1 and "
                + Generation.MAX_NEW_TOKENS_LIMIT)
        Integer maxNewTokens,
        @DecimalMin(value = "0", message = "must be between 0 and 2")
        @DecimalMax(value = "2", message = "must be between 0 and 2")
        Double temperature,
        @Size(max = 32, message = "must have at most {max} stop strings")
        List<@NotEmpty(message = "must not be empty")
        @Size(max = 255, message = "must be at most {max} characters") String> stop,
        @PositiveOrZero(message = "must not be negative") Long seed) {

    public static final int MAX_NEW_TOKENS_LIMIT = 32768;
    public static final int DEFAULT_MAX_NEW_TOKENS = 100;

    static final Generation DEFAULTS = new Generation(null, null, null, null);

    /** These settings with the defaults set where they are left out; {@code templateStops} are the default stop. */
    public Generation withDefaults(List<String> templateStops) {
        return new Generation(Objects.requireNonNullElse(maxNewTokens, DEFAULT_MAX_NEW_TOKENS),
                Objects.requireNonNullElse(temperature, 0.0), Objects.requireNonNullElse(stop, templateStops),
                Objects.requireNonNullElse(seed, 0L));
    }
}
