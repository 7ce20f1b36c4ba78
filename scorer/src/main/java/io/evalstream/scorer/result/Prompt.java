package io.evalstream.scorer.result;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A rendered prompt, stored once per content: every run of the same template and questions asks the same prompts,
 * so results refer to their prompt by its SHA-256 instead of carrying a copy each.
 */
@Entity
@Table(name = "prompt")
public class Prompt extends PanacheEntityBase {

    @Id
    public String promptHash;
    @Column(nullable = false)
    public String text;
}
