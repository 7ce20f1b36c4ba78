package io.evalstream.benchmark.prompt;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** How in-context examples and the question are wrapped into one prompt (OpenCompass meta templates). */
public enum ChatTemplate {

    /** ChatML as in OpenCompass's internlm2-chat-1.8b config; no system turn. */
    INTERNLM2_CHAT("internlm2-chat", List.of("<|im_end|>", "</s>"),
            "<|im_start|>user\n{block}<|im_end|>\n<|im_start|>assistant\n{answer}<|im_end|>\n",
            "<|im_start|>user\n{block}<|im_end|>\n<|im_start|>assistant\n") {
        @Override
        public String render(List<Shot> shots, String question) {
            StringBuilder prompt = new StringBuilder();
            for (Shot shot : shots) {
                prompt.append("<|im_start|>user\n").append(shot.block()).append("<|im_end|>\n<|im_start|>assistant\n")
                        .append(shot.answer()).append("<|im_end|>\n");
            }
            return prompt.append("<|im_start|>user\n").append(question).append("<|im_end|>\n<|im_start|>assistant\n")
                    .toString();
        }
    },

    /** No meta template (base-model config): all pieces joined with a newline. */
    NONE("none", List.of(), "{block}\n{answer}\n", "{block}") {
        @Override
        public String render(List<Shot> shots, String question) {
            StringBuilder prompt = new StringBuilder();
            for (Shot shot : shots) {
                prompt.append(shot.block()).append('\n').append(shot.answer()).append('\n');
            }
            return prompt.append(question).toString();
        }
    };

    private final String label;
    private final List<String> stops;
    private final String shotFormat;
    private final String questionFormat;

    ChatTemplate(String label, List<String> stops, String shotFormat, String questionFormat) {
        this.label = label;
        this.stops = stops;
        this.shotFormat = shotFormat;
        this.questionFormat = questionFormat;
    }

    public abstract String render(List<Shot> shots, String question);

    public String label() {
        return label;
    }

    public List<String> stops() {
        return stops;
    }

    /** The wrapper as text, part of the prompt version: name, shot format, question format. */
    public String describe() {
        return "template=" + label + "\nshot=" + shotFormat + "\nquestion=" + questionFormat;
    }

    /** Every label a run may name, in declaration order. */
    public static List<String> labels() {
        return Stream.of(values()).map(ChatTemplate::label).toList();
    }

    public static Optional<ChatTemplate> byLabel(String label) {
        return Stream.of(values()).filter(t -> t.label.equals(label)).findFirst();
    }
}
