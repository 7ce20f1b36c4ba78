package io.evalstream.scorer.ceval;

/** C-Eval's subject categories as named in subject_mapping.json, with the suffix of their summary group. */
public enum Category {
    STEM("STEM", "stem"),
    SOCIAL_SCIENCE("Social Science", "social-science"),
    HUMANITIES("Humanities", "humanities"),
    OTHER("Other", "other");

    private final String label;
    private final String groupSuffix;

    Category(String label, String groupSuffix) {
        this.label = label;
        this.groupSuffix = groupSuffix;
    }

    public String label() {
        return label;
    }

    public String groupSuffix() {
        return groupSuffix;
    }
}
