package io.evalstream.pipeline.run;

/** Text put into a constraint message as it is, not read as a message template. */
final class MessageTemplates {

    private MessageTemplates() {
    }

    static String literal(String text) {
        return text.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
