package io.evalstream.scorer.ceval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** C-Eval's 52 subjects in subject-mapping order with their categories, and the hard subset. */
public final class CevalSubjects {

    public static final Set<String> HARD = Set.of("advanced_mathematics", "discrete_mathematics",
            "probability_and_statistics", "college_chemistry", "college_physics", "high_school_mathematics",
            "high_school_chemistry", "high_school_physics");

    private static final Map<String, Category> CATEGORIES = ordered(List.of(
            Map.entry("computer_network", Category.STEM),
            Map.entry("operating_system", Category.STEM),
            Map.entry("computer_architecture", Category.STEM),
            Map.entry("college_programming", Category.STEM),
            Map.entry("college_physics", Category.STEM),
            Map.entry("college_chemistry", Category.STEM),
            Map.entry("advanced_mathematics", Category.STEM),
            Map.entry("probability_and_statistics", Category.STEM),
            Map.entry("discrete_mathematics", Category.STEM),
            Map.entry("electrical_engineer", Category.STEM),
            Map.entry("metrology_engineer", Category.STEM),
            Map.entry("high_school_mathematics", Category.STEM),
            Map.entry("high_school_physics", Category.STEM),
            Map.entry("high_school_chemistry", Category.STEM),
            Map.entry("high_school_biology", Category.STEM),
            Map.entry("middle_school_mathematics", Category.STEM),
            Map.entry("middle_school_biology", Category.STEM),
            Map.entry("middle_school_physics", Category.STEM),
            Map.entry("middle_school_chemistry", Category.STEM),
            Map.entry("veterinary_medicine", Category.STEM),
            Map.entry("college_economics", Category.SOCIAL_SCIENCE),
            Map.entry("business_administration", Category.SOCIAL_SCIENCE),
            Map.entry("marxism", Category.SOCIAL_SCIENCE),
            Map.entry("mao_zedong_thought", Category.SOCIAL_SCIENCE),
            Map.entry("education_science", Category.SOCIAL_SCIENCE),
            Map.entry("teacher_qualification", Category.SOCIAL_SCIENCE),
            Map.entry("high_school_politics", Category.SOCIAL_SCIENCE),
            Map.entry("high_school_geography", Category.SOCIAL_SCIENCE),
            Map.entry("middle_school_politics", Category.SOCIAL_SCIENCE),
            Map.entry("middle_school_geography", Category.SOCIAL_SCIENCE),
            Map.entry("modern_chinese_history", Category.HUMANITIES),
            Map.entry("ideological_and_moral_cultivation", Category.HUMANITIES),
            Map.entry("logic", Category.HUMANITIES),
            Map.entry("law", Category.HUMANITIES),
            Map.entry("chinese_language_and_literature", Category.HUMANITIES),
            Map.entry("art_studies", Category.HUMANITIES),
            Map.entry("professional_tour_guide", Category.HUMANITIES),
            Map.entry("legal_professional", Category.HUMANITIES),
            Map.entry("high_school_chinese", Category.HUMANITIES),
            Map.entry("high_school_history", Category.HUMANITIES),
            Map.entry("middle_school_history", Category.HUMANITIES),
            Map.entry("civil_servant", Category.OTHER),
            Map.entry("sports_science", Category.OTHER),
            Map.entry("plant_protection", Category.OTHER),
            Map.entry("basic_medicine", Category.OTHER),
            Map.entry("clinical_medicine", Category.OTHER),
            Map.entry("urban_and_rural_planner", Category.OTHER),
            Map.entry("accountant", Category.OTHER),
            Map.entry("fire_engineer", Category.OTHER),
            Map.entry("environmental_impact_assessment_engineer", Category.OTHER),
            Map.entry("tax_accountant", Category.OTHER),
            Map.entry("physician", Category.OTHER)));

    private CevalSubjects() {
    }

    public static List<String> all() {
        return List.copyOf(CATEGORIES.keySet());
    }

    public static Optional<Category> category(String subject) {
        return Optional.ofNullable(CATEGORIES.get(subject));
    }

    private static Map<String, Category> ordered(List<Map.Entry<String, Category>> entries) {
        Map<String, Category> map = new LinkedHashMap<>();
        entries.forEach(e -> map.put(e.getKey(), e.getValue()));
        return map;
    }
}
