package fr.univlorraine.ieps.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the audit chain, one row: the last line's place and hash. Every append locks it, so that the lines of
 * concurrent requests form one chain; the check compares the last line it finds with it (a line removed at the end).
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead extends PanacheEntityBase {

    public static final int ID = 1;

    @Id
    public Integer id;

    /** The last line written before the chain began (V29): lines up to it carry no hash. */
    @Column(name = "genesis_event_id", nullable = false)
    public long genesisEventId;

    @Column(name = "last_seq", nullable = false)
    public long lastSeq;

    @Column(name = "last_hash", nullable = false, length = 64)
    public String lastHash;
}
