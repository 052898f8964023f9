/**
 * Privacy by design, the top floor: it reads every feature below to serve the candidate's rights (download, erasure),
 * the retention rules and their purge, the audit trail the data protection officer reads, and the records of
 * processing.
 */
package fr.univlorraine.ieps.privacy;
