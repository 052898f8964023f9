package fr.univlorraine.ieps.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One line of professional experience (job, internship, volunteering). */
@Embeddable
public class Experience {

    @Column(name = "job_title", length = 200)
    public String jobTitle;

    @Column(length = 200)
    public String organisation;

    @Column(name = "start_year")
    public Integer startYear;

    @Column(name = "end_year")
    public Integer endYear;

    @Column(length = 1000)
    public String description;
}
