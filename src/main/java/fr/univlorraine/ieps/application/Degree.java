package fr.univlorraine.ieps.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One line of the candidate's academic background. */
@Embeddable
public class Degree {

    @Column(length = 200)
    public String title;

    @Column(length = 200)
    public String institution;

    @Column(name = "degree_year")
    public Integer year;

    @Column(length = 50)
    public String grade;
}
