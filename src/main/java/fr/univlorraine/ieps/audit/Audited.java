package fr.univlorraine.ieps.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the form posts of a resource (or one of its methods) whose success is a line of the audit trail: a setting
 * changed, the team changed, decisions prepared or published. The line is written by {@link AuditedPosts} once the
 * post has succeeded (its answer is the redirect of Post/Redirect/Get); a post refused (400, 409...) writes none.
 * Its detail is {@link #what()} then the method and path ("checklist: POST /admin/pieces/niveaux/M2").
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Audited {

    AuditAction value();

    /** The setting or thing changed, named for the DPO ("rubric", "appeal texts"). */
    String what();
}
