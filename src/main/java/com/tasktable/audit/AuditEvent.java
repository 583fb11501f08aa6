package com.tasktable.audit;

import java.time.Instant;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "audit_event")
class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "occurred_at")
	private Instant occurredAt;

	private String actor;

	@Column(name = "unit_id")
	private Long unitId;

	private String action;

	@Column(name = "entity_type")
	private String entityType;

	@Column(name = "entity_id")
	private String entityId;

	@JdbcTypeCode(SqlTypes.JSON)
	private Map<String, Object> details;

	@Column(name = "remote_addr")
	private String remoteAddr;

	protected AuditEvent() {
	}

	AuditEvent(Instant occurredAt, String actor, Long unitId, String action, String entityType, String entityId,
			Map<String, Object> details, String remoteAddr) {
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.unitId = unitId;
		this.action = action;
		this.entityType = entityType;
		this.entityId = entityId;
		this.details = details;
		this.remoteAddr = remoteAddr;
	}

	AuditEntry toEntry() {
		return new AuditEntry(this.id, this.occurredAt, this.actor, this.unitId, this.action, this.entityType,
				this.entityId, this.details, this.remoteAddr);
	}

}
