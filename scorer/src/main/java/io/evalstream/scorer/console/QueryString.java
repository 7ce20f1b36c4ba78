package io.evalstream.scorer.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A page's filter parameters as a query string for its links (empty values left out), ending in "&" when any. */
final class QueryString {

    private QueryString() {
    }

    /** Alternating names and values. */
    static String of(String... namesAndValues) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null && !namesAndValues[i + 1].isEmpty()) {
                pairs.add(namesAndValues[i] + "=" + URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
            }
        }
        return pairs.isEmpty() ? "" : String.join("&", pairs) + "&";
    }
}
