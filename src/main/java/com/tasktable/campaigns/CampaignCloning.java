package com.tasktable.campaigns;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.tasktable.audit.AuditLog;
import com.tasktable.units.UnitScope;
import com.tasktable.units.Units;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way to copy a campaign: the administrator's clone, which the demo uses too. A
 * new campaign from an existing one, created by {@link CampaignEditing} under its rules,
 * with its rows and obligations, audited.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class CampaignCloning {

	private final TaskItemRepository rows;

	private final ObligationRepository obligations;

	private final AdministeredEntities administered;

	private final CampaignEditing editing;

	private final Units units;

	private final AuditLog audit;

	private final Campaigns campaignReads;

	CampaignCloning(TaskItemRepository rows, ObligationRepository obligations, AdministeredEntities administered,
			CampaignEditing editing, Units units, AuditLog audit, Campaigns campaignReads) {
		this.rows = rows;
		this.obligations = obligations;
		this.administered = administered;
		this.editing = editing;
		this.units = units;
		this.audit = audit;
		this.campaignReads = campaignReads;
	}

	/**
	 * A new campaign from an existing one: its rows and obligations with the terms and
	 * weights in force at the source's end, every date moved by the whole years between
	 * the two start dates, the phase dates of the chosen units only. Obligations retired
	 * before the source ended are left behind; movable days' dates are not copied (they
	 * differ every year). The root unit, time zone, late and lock days and bulletin
	 * number pattern are the source's.
	 * @param draft the new campaign's code, names and dates
	 * @param keepPhasesOf codes of the units whose phase dates come along
	 */
	@Transactional
	public CampaignView cloneCampaign(UnitScope scope, String actor, String sourceCode, CampaignDraft draft,
			Set<String> keepPhasesOf) {
		var source = this.administered.campaign(scope, sourceCode);
		var was = source.toView("");
		var rootUnit = this.units.byId(source.getRootUnitId());
		var created = this.editing.create(scope, actor,
				new CampaignDraft(draft.code(), draft.name(), draft.nameEn(), rootUnit.code(), draft.startDate(),
						draft.endDate(), was.timeZone().getId(), was.lateAfterDays(), was.lockAfterDays(),
						was.bulletinNumberPattern()));
		int years = draft.startDate().getYear() - source.getStartDate().getYear();
		var keepIds = new HashSet<Long>();
		for (var unit : this.units.all()) {
			if (keepPhasesOf.contains(unit.code())) {
				keepIds.add(unit.id());
			}
		}
		Map<Long, TaskItem> newRows = new HashMap<>();
		for (var item : this.rows.findByCampaignIdOrderByNumber(source.getId())) {
			newRows.put(item.getId(), this.rows.save(item.copyTo(created.id())));
		}
		int copied = 0;
		for (var obligation : this.obligations.findTaskTable(source.getId())) {
			if (obligation.getEffectiveTo() != null && !obligation.getEffectiveTo().isAfter(source.getEndDate())) {
				continue;
			}
			var copy = obligation.cloneTo(created.id(), newRows.get(obligation.getTaskItem().getId()), years,
					created.startDate(), created.endDate(), source.getEndDate(), keepIds::contains);
			if (copy != null) {
				this.obligations.save(copy);
				copied++;
			}
		}
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("from", sourceCode);
		details.put("code", created.code());
		details.put("years", String.valueOf(years));
		details.put("obligations", String.valueOf(copied));
		details.put("keepPhasesOf", new TreeSet<>(keepPhasesOf).toString());
		this.audit.record(actor, rootUnit.id(), "CAMPAIGN_CLONED", "campaign", created.id(), details);
		this.campaignReads.evictCaches();
		return created;
	}

}
