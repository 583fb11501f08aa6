package com.tasktable.audit;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes audit entries straight into the table, with a chosen time and unit, so that a
 * test can build the log it reads. Inside a test transaction they vanish afterwards.
 */
public final class AuditEntries {

	private final JdbcTemplate jdbc;

	public AuditEntries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** An entry for this unit (a code, or null for none) and entity id. */
	public Entry entry(String unitCode, String entityId) {
		return new Entry(unitCode, entityId);
	}

	/** A mutable builder; the defaults make an entry worth nothing but its identity. */
	public final class Entry {

		private final String unitCode;

		private final String entityId;

		private String actor = "tester";

		private String action = "TEST";

		private String entityType = "test";

		private Instant at = Instant.parse("2001-01-01T00:00:00Z");

		private String details = "{}";

		private Entry(String unitCode, String entityId) {
			this.unitCode = unitCode;
			this.entityId = entityId;
		}

		public Entry by(String actor) {
			this.actor = actor;
			return this;
		}

		public Entry action(String action) {
			this.action = action;
			return this;
		}

		public Entry type(String entityType) {
			this.entityType = entityType;
			return this;
		}

		public Entry at(String instant) {
			this.at = Instant.parse(instant);
			return this;
		}

		public Entry details(String json) {
			this.details = json;
			return this;
		}

		public long save() {
			return AuditEntries.this.jdbc.queryForObject("""
					insert into audit_event (occurred_at, actor, unit_id, action, entity_type, entity_id, details)
					values (?, ?, (select id from unit where code = ?), ?, ?, ?, cast(? as jsonb)) returning id""",
					Long.class, Timestamp.from(this.at), this.actor, this.unitCode, this.action, this.entityType,
					this.entityId, this.details);
		}

	}

}
