package io.evalstream.k8s;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the services themselves configure: their application.properties and the README's configuration table. */
final class ServiceConfig {

    static final Set<String> SERVICES = Set.of("orchestrator", "inference-worker", "scorer", "triton-sim");
    private static final Pattern DEFAULT = Pattern.compile("\\$\\{[A-Z_]+:([^}]*)}");
    /** The proto module's topic names, {@code ${evalstream.topics.<name>[-dlq]}}, prefixed. */
    private static final Pattern PIPELINE_TOPIC = Pattern.compile("\\$\\{evalstream\\.topics\\.([a-z-]+?)(-dlq)?}");

    private ServiceConfig() {
    }

    static Properties properties(String module) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(
                Manifests.ROOT.resolve(module).resolve("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        return properties;
    }

    /** The value without a profile, with {@code ${ENV:default}} taken at its default. */
    static String defaultValue(String module, String key) throws IOException {
        String raw = properties(module).getProperty(key);
        if (raw == null) {
            throw new AssertionError(module + " does not configure " + key);
        }
        Matcher m = DEFAULT.matcher(raw);
        return m.matches() ? m.group(1) : raw;
    }

    /** Every Kafka topic a service reads or writes, dead-letter topics included, with the prefix given. */
    static Set<String> topics(String module, String prefix) throws IOException {
        Set<String> topics = new LinkedHashSet<>();
        for (String key : properties(module).stringPropertyNames()) {
            if (key.startsWith("mp.messaging.") && (key.endsWith(".topic") || key.endsWith(".topics"))) {
                for (String topic : properties(module).getProperty(key).split(",")) {
                    topics.add(PIPELINE_TOPIC.matcher(topic.trim()).replaceAll(
                            m -> Matcher.quoteReplacement(prefix + m.group(1) + (m.group(2) == null ? "" : ".dlq")))
                            .replace("${evalstream.kafka.topic-prefix}", prefix));
                }
            }
        }
        return topics;
    }

    /** The backticked variable names in the first column of a markdown table's rows. */
    static Set<String> tableVariables(Path markdown, String heading) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        boolean inSection = false;
        for (String line : Files.readAllLines(markdown)) {
            if (line.startsWith("#")) {
                inSection = line.replaceFirst("^#+\\s*", "").startsWith(heading);
            } else if (inSection && line.startsWith("|")) {
                String firstCell = line.split("\\|")[1];
                Matcher m = Pattern.compile("`([A-Z][A-Z0-9_]+)`").matcher(firstCell);
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }
}
