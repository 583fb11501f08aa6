package com.tasktable.directives;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One unit's part of a directive. Only OPEN or DONE is stored; on time, late and overdue
 * follow from the dates.
 */
@Entity
@Table(name = "directive_assignment")
class DirectiveAssignment {

	static final String OPEN = "OPEN";

	static final String DONE = "DONE";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "directive_id")
	private Directive directive;

	@Column(name = "unit_id")
	private Long unitId;

	private String status = OPEN;

	private String response;

	@Column(name = "response_link")
	private String responseLink;

	@Column(name = "done_at")
	private Instant doneAt;

	@Column(name = "done_by")
	private Long doneBy;

	@Version
	private long version;

	protected DirectiveAssignment() {
	}

	DirectiveAssignment(Directive directive, Long unitId) {
		this.directive = directive;
		this.unitId = unitId;
	}

	void markDone(String response, String responseLink, Long userId, Instant now) {
		this.status = DONE;
		this.response = response;
		this.responseLink = responseLink;
		this.doneBy = userId;
		this.doneAt = now;
	}

	/**
	 * What the audit log keeps of a completion; the status says whether it came in on
	 * time.
	 */
	Map<String, Object> auditDetails(DirectiveStatus status) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("directive", this.directive.getId());
		details.put("status", status.name());
		if (this.response != null) {
			details.put("response", this.response);
		}
		if (this.responseLink != null) {
			details.put("link", this.responseLink);
		}
		return details;
	}

	boolean isDone() {
		return DONE.equals(this.status);
	}

	Long getId() {
		return this.id;
	}

	Directive getDirective() {
		return this.directive;
	}

	Long getUnitId() {
		return this.unitId;
	}

	String getResponse() {
		return this.response;
	}

	String getResponseLink() {
		return this.responseLink;
	}

	Instant getDoneAt() {
		return this.doneAt;
	}

	Long getDoneBy() {
		return this.doneBy;
	}

	long getVersion() {
		return this.version;
	}

}
