package io.evalstream.scorer.report.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected text is Python's json.dumps(obj, indent=4, ensure_ascii=False) of the same object. */
class PythonJsonTest {

    @Test
    void writesLikePythonsJsonDumpsWithIndentFourAndUnescapedUnicode() {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("origin_prompt", "以下是\"题\"\\\n答案: ");
        entry.put("prediction", "B\t\u0001\u2028");
        entry.put("gold", "C");
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("0", entry);
        file.put("1", Map.of());
        String python = "{\n    \"0\": {\n        \"origin_prompt\": \"以下是\\\"题\\\"\\\\\\n答案: \",\n"
                + "        \"prediction\": \"B\\t\\u0001\u2028\",\n        \"gold\": \"C\"\n    },\n    \"1\": {}\n}";
        assertEquals(python, PythonJson.dumps(file));
    }

    @Test
    void writesFloatsAsPythonRepr() {
        assertEquals("{\n    \"accuracy\": 47.368421052631575\n}", PythonJson.dumps(Map.of("accuracy", 9.0 / 19 * 100)));
    }
}
