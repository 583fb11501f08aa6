package com.tasktable.campaigns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.tasktable.audit.AuditChanges;
import com.tasktable.audit.AuditLog;
import com.tasktable.platform.RejectedException;
import com.tasktable.platform.Violation;
import com.tasktable.units.UnitScope;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rows of a campaign's task table as administrators add, renumber and rename them.
 * Every change is audited with its before and after values and drops the cached task
 * tables.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class TaskTableRows {

	private final CampaignRepository campaigns;

	private final TaskItemRepository rows;

	private final AdministeredEntities administered;

	private final AuditLog audit;

	private final Campaigns campaignReads;

	TaskTableRows(CampaignRepository campaigns, TaskItemRepository rows, AdministeredEntities administered,
			AuditLog audit, Campaigns campaignReads) {
		this.campaigns = campaigns;
		this.rows = rows;
		this.administered = administered;
		this.audit = audit;
		this.campaignReads = campaignReads;
	}

	/** The rows of a campaign the administrator may change, in order. */
	public List<TaskRowView> rows(UnitScope scope, String code) {
		var campaign = this.administered.campaign(scope, code);
		return this.rows.findByCampaignIdOrderByNumber(campaign.getId()).stream().map(TaskItem::toView).toList();
	}

	public TaskRowView row(UnitScope scope, Long id) {
		return this.administered.row(scope, id).toView();
	}

	@Transactional
	public TaskRowView addRow(UnitScope scope, String actor, String campaignCode, TaskRowDraft draft) {
		var campaign = this.administered.campaign(scope, campaignCode);
		List<Violation> violations = new ArrayList<>();
		checkRow(draft, violations);
		if (draft.number() != null && this.rows.existsByCampaignIdAndNumber(campaign.getId(), draft.number())) {
			violations.add(Violation.of("number", "admin.row.error.taken"));
		}
		RejectedException.throwIfAny(violations);
		var row = this.rows.save(new TaskItem(campaign.getId(), draft.number(), draft.category().trim(),
				CampaignEditing.blank(draft.categoryEn()), draft.title().trim(),
				CampaignEditing.blank(draft.titleEn())));
		this.audit.record(actor, campaign.getRootUnitId(), "TASK_ROW_CREATED", "task_item", row.getId(),
				AuditChanges.between(Map.of(), rowFields(row)));
		this.campaignReads.evictCaches();
		return row.toView();
	}

	@Transactional
	public void updateRow(UnitScope scope, String actor, Long id, long expectedVersion, TaskRowDraft draft) {
		var row = this.administered.row(scope, id);
		if (row.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(TaskItem.class, id);
		}
		List<Violation> violations = new ArrayList<>();
		checkRow(draft, violations);
		if (draft.number() != null && draft.number() != row.getNumber()
				&& this.rows.existsByCampaignIdAndNumber(row.getCampaignId(), draft.number())) {
			violations.add(Violation.of("number", "admin.row.error.taken"));
		}
		RejectedException.throwIfAny(violations);
		var before = rowFields(row);
		row.renumber(draft.number());
		row.rename(draft.category().trim(), CampaignEditing.blank(draft.categoryEn()), draft.title().trim(),
				CampaignEditing.blank(draft.titleEn()));
		var campaign = this.campaigns.findById(row.getCampaignId()).orElseThrow();
		this.audit.record(actor, campaign.getRootUnitId(), "TASK_ROW_UPDATED", "task_item", id,
				AuditChanges.between(before, rowFields(row)));
		this.campaignReads.evictCaches();
	}

	private static void checkRow(TaskRowDraft draft, List<Violation> violations) {
		if (draft.number() == null || draft.number() <= 0) {
			violations.add(Violation.of("number", "admin.error.positive"));
		}
		if (draft.category() == null || draft.category().isBlank()) {
			violations.add(Violation.of("category", "admin.error.required"));
		}
		if (draft.title() == null || draft.title().isBlank()) {
			violations.add(Violation.of("title", "admin.error.required"));
		}
		for (var text : List.of(String.valueOf(draft.category()), String.valueOf(draft.title()),
				String.valueOf(draft.categoryEn()), String.valueOf(draft.titleEn()))) {
			if (text.length() > 200) {
				violations.add(Violation.of(null, "admin.error.tooLong", 200));
				break;
			}
		}
	}

	private static Map<String, String> rowFields(TaskItem row) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("number", String.valueOf(row.getNumber()));
		fields.put("category", row.getCategory());
		fields.put("categoryEn", Objects.toString(row.getCategoryEn(), ""));
		fields.put("title", row.getTitle());
		fields.put("titleEn", Objects.toString(row.getTitleEn(), ""));
		return fields;
	}

}
