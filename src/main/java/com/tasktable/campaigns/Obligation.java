package com.tasktable.campaigns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.tasktable.units.UnitLevel;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The stable identity of an obligation ({@code 1.C.1}); what it asks lives in its
 * effective-dated versions.
 */
@Entity
@Table(name = "obligation")
class Obligation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "task_item_id")
	private TaskItem taskItem;

	@Column(name = "campaign_id")
	private Long campaignId;

	private String code;

	@Enumerated(EnumType.STRING)
	private UnitLevel level;

	private int sequence;

	@Column(name = "effective_from")
	private LocalDate effectiveFrom;

	@Column(name = "effective_to")
	private LocalDate effectiveTo;

	@OneToMany(mappedBy = "obligation", cascade = CascadeType.ALL)
	@OrderBy("validFrom")
	private List<ObligationVersion> versions = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "obligation_phase", joinColumns = @JoinColumn(name = "obligation_id"))
	@MapKeyColumn(name = "unit_id")
	@Column(name = "start_date")
	private Map<Long, LocalDate> phases = new HashMap<>();

	@ElementCollection
	@CollectionTable(name = "obligation_event_date", joinColumns = @JoinColumn(name = "obligation_id"))
	@MapKeyColumn(name = "year")
	@Column(name = "event_date")
	private Map<Integer, LocalDate> eventDates = new HashMap<>();

	@Version
	private long version;

	protected Obligation() {
	}

	Long getId() {
		return this.id;
	}

	Long getCampaignId() {
		return this.campaignId;
	}

	TaskItem getTaskItem() {
		return this.taskItem;
	}

	String getCode() {
		return this.code;
	}

	UnitLevel getLevel() {
		return this.level;
	}

	LocalDate getEffectiveFrom() {
		return this.effectiveFrom;
	}

	LocalDate getEffectiveTo() {
		return this.effectiveTo;
	}

	List<ObligationVersion> getVersions() {
		return this.versions;
	}

	Map<Long, LocalDate> getPhases() {
		return this.phases;
	}

	Map<Integer, LocalDate> getEventDates() {
		return this.eventDates;
	}

	/**
	 * The version in force on {@code day}; before the first version, the first; after
	 * retirement, the last.
	 */
	ObligationVersion versionOn(LocalDate day) {
		ObligationVersion found = this.versions.get(0);
		for (var candidate : this.versions) {
			if (!candidate.getValidFrom().isAfter(day)) {
				found = candidate;
			}
		}
		return found;
	}

	/**
	 * A copy for another campaign, every date moved by {@code years}; the phases kept are
	 * the caller's choice.
	 */
	Obligation copyTo(Long newCampaignId, TaskItem newTaskItem, int years, boolean keepPhases) {
		var copy = new Obligation();
		copy.campaignId = newCampaignId;
		copy.taskItem = newTaskItem;
		copy.code = this.code;
		copy.level = this.level;
		copy.sequence = this.sequence;
		copy.effectiveFrom = this.effectiveFrom.plusYears(years);
		copy.effectiveTo = (this.effectiveTo != null) ? this.effectiveTo.plusYears(years) : null;
		for (var v : this.versions) {
			copy.versions.add(v.copyTo(copy, years));
		}
		if (keepPhases) {
			this.phases.forEach((unit, start) -> copy.phases.put(unit, start.plusYears(years)));
		}
		return copy;
	}

}
