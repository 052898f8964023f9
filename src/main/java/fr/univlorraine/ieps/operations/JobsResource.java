package fr.univlorraine.ieps.operations;

import fr.univlorraine.ieps.jobs.Job;
import fr.univlorraine.ieps.jobs.JobFailure;
import fr.univlorraine.ieps.jobs.JobRun;
import fr.univlorraine.ieps.jobs.Jobs;
import fr.univlorraine.ieps.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The admin's view of the scheduled jobs: when each last ran, what it did, and the items that failed. */
@Path("/admin/taches")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class JobsResource {

    /** Failures the page lists, newest first. */
    static final int FAILURES_SHOWN = 100;

    @Inject
    Jobs jobs;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance jobs(List<Job> all, Map<Job, JobRun> runs, List<JobFailure> failures, int shown);
    }

    @GET
    public TemplateInstance jobs() {
        return Templates.jobs(Arrays.asList(Job.values()), jobs.runs(), jobs.failures(FAILURES_SHOWN), FAILURES_SHOWN);
    }
}
