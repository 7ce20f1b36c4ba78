package io.evalstream.scorer.result;

import io.evalstream.scorer.ceval.SubjectTally;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.List;

/** A complete run's stored per-subject score. */
@Entity
@Table(name = "subject_score",
        uniqueConstraints = @UniqueConstraint(name = "subject_score_run_subject", columnNames = {"run_id", "subject"}))
public class SubjectScore extends PanacheEntityBase {

    /**
     * An identity column, not a sequence: Hibernate's schema update finds sequences by name across schemas, so a
     * same-named sequence in another schema of the database would keep it from creating this one.
     */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "run_id", nullable = false)
    public String runId;
    @Column(nullable = false)
    public String subject;
    public long correct;
    public long total;
    public double accuracy;

    public static List<SubjectScore> ofRun(String runId) {
        return list("runId", runId);
    }

    public static void replace(String runId, List<SubjectTally> tallies) {
        delete("runId", runId);
        for (SubjectTally tally : tallies) {
            SubjectScore score = new SubjectScore();
            score.runId = runId;
            score.subject = tally.subject();
            score.correct = tally.correct();
            score.total = tally.total();
            score.accuracy = tally.accuracy();
            score.persist();
        }
    }

    public SubjectTally tally() {
        return new SubjectTally(subject, correct, total);
    }
}
