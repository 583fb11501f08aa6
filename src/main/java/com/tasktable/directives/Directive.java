package com.tasktable.directives;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** What a reviewer asked, of which units, by when. */
@Entity
@Table(name = "directive")
class Directive {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "campaign_id")
	private Long campaignId;

	@Column(name = "obligation_id")
	private Long obligationId;

	@Column(name = "issuing_unit_id")
	private Long issuingUnitId;

	private String title;

	private String text;

	private String link;

	private LocalDate deadline;

	@Column(name = "issued_by")
	private Long issuedBy;

	@Column(name = "issued_at")
	private Instant issuedAt;

	@OneToMany(mappedBy = "directive", cascade = CascadeType.ALL)
	private List<DirectiveAssignment> assignments = new ArrayList<>();

	@Version
	private long version;

	protected Directive() {
	}

	Directive(Long campaignId, Long obligationId, Long issuingUnitId, String title, String text, String link,
			LocalDate deadline, Long issuedBy, Instant issuedAt) {
		this.campaignId = campaignId;
		this.obligationId = obligationId;
		this.issuingUnitId = issuingUnitId;
		this.title = title;
		this.text = text;
		this.link = link;
		this.deadline = deadline;
		this.issuedBy = issuedBy;
		this.issuedAt = issuedAt;
	}

	void assignTo(Long unitId) {
		this.assignments.add(new DirectiveAssignment(this, unitId));
	}

	/** What the audit log keeps of an issued directive. */
	Map<String, Object> auditDetails(String campaignCode, List<String> unitCodes) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("campaign", campaignCode);
		details.put("title", this.title);
		details.put("deadline", this.deadline.toString());
		details.put("units", unitCodes);
		if (this.link != null) {
			details.put("link", this.link);
		}
		return details;
	}

	Long getId() {
		return this.id;
	}

	Long getCampaignId() {
		return this.campaignId;
	}

	Long getObligationId() {
		return this.obligationId;
	}

	Long getIssuingUnitId() {
		return this.issuingUnitId;
	}

	String getTitle() {
		return this.title;
	}

	String getText() {
		return this.text;
	}

	String getLink() {
		return this.link;
	}

	LocalDate getDeadline() {
		return this.deadline;
	}

	Long getIssuedBy() {
		return this.issuedBy;
	}

	Instant getIssuedAt() {
		return this.issuedAt;
	}

	List<DirectiveAssignment> getAssignments() {
		return this.assignments;
	}

}
