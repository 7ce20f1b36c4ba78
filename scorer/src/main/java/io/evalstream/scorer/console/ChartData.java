package io.evalstream.scorer.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A chart's data as JSON that is safe inside a page's {@code <script type="application/json">} element. */
final class ChartData {

    private ChartData() {
    }

    static String toJson(ObjectMapper json, Object data) {
        try {
            // "</" would end the script element early; JSON reads "<\/" as the same two characters.
            return json.writeValueAsString(data).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("chart data not serialisable", e);
        }
    }
}
