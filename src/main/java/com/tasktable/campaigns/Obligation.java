package com.tasktable.campaigns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

import com.tasktable.units.UnitLevel;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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

	@Embedded
	private ShortNames shortNames;

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

	/** A new obligation of a row, asking {@code terms} from {@code effectiveFrom} on. */
	Obligation(TaskItem row, String code, UnitLevel level, int sequence, LocalDate effectiveFrom,
			ObligationTerms terms) {
		this.taskItem = row;
		this.campaignId = row.getCampaignId();
		this.code = code;
		this.level = level;
		this.sequence = sequence;
		this.effectiveFrom = effectiveFrom;
		this.versions.add(ObligationVersion.of(this, effectiveFrom, null, terms, terms.weight()));
	}

	long getVersion() {
		return this.version;
	}

	int getSequence() {
		return this.sequence;
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

	/** The short names, {@link ShortNames#NONE} when it has none (stored as nulls). */
	ShortNames getShortNames() {
		return (this.shortNames != null) ? this.shortNames : ShortNames.NONE;
	}

	/** Names the obligation for the screens; blank names are stored as none. */
	void rename(String shortName, String shortNameEn) {
		this.shortNames = new ShortNames(shortName, shortNameEn);
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
	 * Makes {@code terms} apply from {@code from} on, up to the next later version if
	 * there is one. The versions before {@code from} keep their terms, so the periods
	 * they judged are judged the same. A version starting on that very day is corrected
	 * in place. The weight is the one in force on {@code from}.
	 * @return the version now starting on {@code from}
	 */
	ObligationVersion revise(LocalDate from, ObligationTerms terms) {
		for (var version : this.versions) {
			if (version.getValidFrom().equals(from)) {
				version.apply(terms);
				return version;
			}
		}
		var previous = versionOn(from);
		var next = this.versions.stream().filter((v) -> v.getValidFrom().isAfter(from)).findFirst().orElse(null);
		var created = ObligationVersion.of(this, from, (next != null) ? next.getValidFrom() : null, terms,
				previous.getWeight());
		previous.setValidTo(from);
		this.versions.add(created);
		this.versions.sort(Comparator.comparing(ObligationVersion::getValidFrom));
		return created;
	}

	/**
	 * Gives the versions in force from {@code from} on this weight; the versions before
	 * keep theirs, a version running across that day is split there, so the months and
	 * years already scored keep their points. On or before the first version's start,
	 * every version takes it. After a retirement there is nothing to weigh.
	 */
	void reweigh(LocalDate from, BigDecimal weight) {
		var first = this.versions.get(0).getValidFrom();
		if (this.effectiveTo != null && !from.isBefore(this.effectiveTo)) {
			return;
		}
		if (from.isAfter(first)) {
			revise(from, versionOn(from).toTerms());
		}
		for (var version : this.versions) {
			if (!from.isAfter(first) || !version.getValidFrom().isBefore(from)) {
				version.setWeight(weight);
			}
		}
	}

	/**
	 * A detached copy with the same id, versions, retirement, phases and movable days,
	 * never stored: a change is applied to it first, by the same methods, to see what it
	 * would do ({@link HistoryGuard}).
	 */
	Obligation proposal() {
		var copy = new Obligation();
		copy.campaignId = this.campaignId;
		copy.taskItem = this.taskItem;
		copy.code = this.code;
		copy.shortNames = this.shortNames;
		copy.level = this.level;
		copy.sequence = this.sequence;
		copy.effectiveFrom = this.effectiveFrom;
		copy.effectiveTo = this.effectiveTo;
		this.versions.forEach(v -> copy.versions.add(v.copyFor(copy)));
		copy.phases.putAll(this.phases);
		copy.id = this.id;
		copy.version = this.version;
		copy.eventDates.putAll(this.eventDates);
		return copy;
	}

	/**
	 * Ends the obligation from {@code to} on (exclusive), or puts it back in force when
	 * {@code to} is null.
	 */
	void retire(LocalDate to) {
		this.effectiveTo = to;
		this.versions.get(this.versions.size() - 1).setValidTo(to);
	}

	/** The last day a version starts: a retirement must come after it. */
	LocalDate lastVersionStart() {
		return this.versions.get(this.versions.size() - 1).getValidFrom();
	}

	/** Replaces the per-unit start dates; units without a date follow the obligation. */
	void replacePhases(Map<Long, LocalDate> byUnit) {
		this.phases.clear();
		byUnit.forEach((unit, start) -> {
			if (start != null) {
				this.phases.put(unit, start);
			}
		});
	}

	/**
	 * The obligation as the next campaign starts it: the terms in force on
	 * {@code sourceEnd} as its only version, its dates moved by {@code years} and kept
	 * inside {@code [start, end]}, the phase dates of the units {@code keepPhasesOf}
	 * accepts (moved too). Null when it would start after {@code end}.
	 */
	Obligation cloneTo(Long newCampaignId, TaskItem newTaskItem, int years, LocalDate start, LocalDate end,
			LocalDate sourceEnd, LongPredicate keepPhasesOf) {
		var from = this.effectiveFrom.plusYears(years);
		if (from.isBefore(start)) {
			from = start;
		}
		if (from.isAfter(end)) {
			return null;
		}
		var terms = versionOn(sourceEnd).toTerms();
		var moved = terms.toBuilder()
			.validFrom(from)
			.validTo(null)
			.deadline((terms.deadline() != null) ? terms.deadline().plusYears(years) : null)
			.build();
		var copy = new Obligation(newTaskItem, this.code, this.level, this.sequence, from, moved);
		copy.campaignId = newCampaignId;
		copy.shortNames = this.shortNames;
		final var first = from;
		this.phases.forEach((unit, phase) -> {
			if (keepPhasesOf.test(unit)) {
				var shifted = phase.plusYears(years);
				copy.phases.put(unit, shifted.isBefore(first) ? first : shifted);
			}
		});
		return copy;
	}

}
