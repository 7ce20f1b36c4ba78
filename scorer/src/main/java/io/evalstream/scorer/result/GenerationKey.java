package io.evalstream.scorer.result;

import io.evalstream.pipeline.GenerationSettings;
import java.util.List;

/**
 * The generation settings of a run as one comparable string: two runs whose keys are equal decode alike, so their
 * outputs for the same prompt can stand for each other.
 */
public final class GenerationKey {

    private GenerationKey() {
    }

    public static String of(GenerationSettings settings) {
        return of(settings.getMaxNewTokens(), settings.getTemperature(), settings.getStopList(), settings.getSeed());
    }

    public static String of(int maxNewTokens, double temperature, List<String> stop, long seed) {
        // Each stop string prefixed with its length, so that no list of strings reads like another.
        StringBuilder key = new StringBuilder("max_new_tokens=" + maxNewTokens + ";temperature=" + temperature
                + ";seed=" + seed + ";stop=");
        stop.forEach(s -> key.append(s.length()).append(':').append(s).append(';'));
        return key.toString();
    }
}
