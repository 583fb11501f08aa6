package com.tasktable.campaigns;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import com.tasktable.audit.AuditLog;
import com.tasktable.units.UnitView;
import com.tasktable.units.Units;

import org.springframework.stereotype.Component;

/**
 * Writes checked import lines into a campaign, in the caller's transaction: rows by
 * number (added, or renamed once), obligations by code (added, or brought to the line:
 * terms from {@code appliesFrom}, weight, phases, retirement, movable days). Obligations
 * not in the file stay as they are. Audited with what it changed.
 */
@Component
class ImportApplication {

	private final TaskItemRepository rows;

	private final ObligationRepository obligations;

	private final Units units;

	private final AuditLog audit;

	ImportApplication(TaskItemRepository rows, ObligationRepository obligations, Units units, AuditLog audit) {
		this.rows = rows;
		this.obligations = obligations;
		this.units = units;
		this.audit = audit;
	}

	ImportedObligation.Result apply(String actor, Campaign campaign, LocalDate appliesFrom,
			List<ImportedObligation> lines, Map<String, Obligation> existing, IntConsumer progress) {
		var unitIds = this.units.all().stream().collect(Collectors.toMap(UnitView::code, UnitView::id));
		Map<Integer, TaskItem> rowsByNumber = new HashMap<>();
		this.rows.findByCampaignIdOrderByNumber(campaign.getId()).forEach(r -> rowsByNumber.put(r.getNumber(), r));
		Set<Integer> seenRows = new HashSet<>();
		var tally = new Tally();
		int applied = 0;
		for (var line : lines) {
			progress.accept(applied++);
			var row = row(campaign, line, rowsByNumber, seenRows, tally);
			Map<Long, LocalDate> phases = new HashMap<>();
			line.phases().forEach((unit, start) -> phases.put(unitIds.get(unit), start));
			var obligation = existing.get(line.code());
			if (obligation == null) {
				create(row, line, phases);
				tally.created++;
			}
			else if (update(obligation, line, phases, appliesFrom)) {
				tally.revised++;
			}
			else {
				tally.unchanged++;
			}
		}
		var result = tally.result();
		record(actor, campaign, appliesFrom, lines.size(), result);
		return result;
	}

	/** The line's row: added when the campaign has none by its number, renamed once. */
	private TaskItem row(Campaign campaign, ImportedObligation line, Map<Integer, TaskItem> rowsByNumber,
			Set<Integer> seenRows, Tally tally) {
		var row = rowsByNumber.get(line.rowNumber());
		if (row == null) {
			row = this.rows.save(new TaskItem(campaign.getId(), line.rowNumber(), line.category(), line.categoryEn(),
					line.rowTitle(), line.rowTitleEn()));
			rowsByNumber.put(line.rowNumber(), row);
			tally.rowsCreated++;
		}
		else if (seenRows.add(line.rowNumber()) && (!row.getCategory().equals(line.category())
				|| !Objects.equals(row.getCategoryEn(), line.categoryEn()) || !row.getTitle().equals(line.rowTitle())
				|| !Objects.equals(row.getTitleEn(), line.rowTitleEn()))) {
			row.rename(line.category(), line.categoryEn(), line.rowTitle(), line.rowTitleEn());
			tally.rowsUpdated++;
		}
		seenRows.add(line.rowNumber());
		return row;
	}

	private void create(TaskItem row, ImportedObligation line, Map<Long, LocalDate> phases) {
		var obligation = new Obligation(row, line.code(), line.level(), sequence(line.code()), line.effectiveFrom(),
				line.terms());
		if (line.effectiveTo() != null) {
			obligation.retire(line.effectiveTo());
		}
		obligation.replacePhases(phases);
		obligation.getEventDates().putAll(line.eventDates());
		if (line.names() != null) {
			obligation.rename(line.names().shortName(), line.names().shortNameEn());
		}
		this.obligations.save(obligation);
	}

	/** Brings an obligation to its line; whether anything changed. */
	private static boolean update(Obligation obligation, ImportedObligation line, Map<Long, LocalDate> phases,
			LocalDate appliesFrom) {
		boolean changed = reviseTerms(obligation, line, appliesFrom);
		if (!obligation.getPhases().equals(phases)) {
			obligation.replacePhases(phases);
			changed = true;
		}
		if (!Objects.equals(obligation.getEffectiveTo(), line.effectiveTo())) {
			obligation.retire(line.effectiveTo());
			changed = true;
		}
		if (!obligation.getEventDates().equals(line.eventDates())) {
			obligation.getEventDates().clear();
			obligation.getEventDates().putAll(line.eventDates());
			changed = true;
		}
		if (line.names() != null && !obligation.getShortNames()
			.equals(new ShortNames(line.names().shortName(), line.names().shortNameEn()))) {
			obligation.rename(line.names().shortName(), line.names().shortNameEn());
			changed = true;
		}
		return changed;
	}

	/**
	 * New terms are a new version from {@code appliesFrom}; a new weight alone is set on
	 * the latest version.
	 */
	private static boolean reviseTerms(Obligation obligation, ImportedObligation line, LocalDate appliesFrom) {
		var latest = obligation.getVersions().get(obligation.getVersions().size() - 1);
		if (!latest.toTerms().fields().equals(line.terms().fields())) {
			obligation.revise(appliesFrom, line.terms()).setWeight(line.terms().weight());
			return true;
		}
		if (latest.getWeight().compareTo(line.terms().weight()) != 0) {
			latest.setWeight(line.terms().weight());
			return true;
		}
		return false;
	}

	private void record(String actor, Campaign campaign, LocalDate appliesFrom, int lines,
			ImportedObligation.Result result) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("campaign", campaign.getCode());
		details.put("appliesFrom", appliesFrom.toString());
		details.put("lines", String.valueOf(lines));
		details.put("after",
				Map.of("rowsCreated", String.valueOf(result.rowsCreated()), "rowsUpdated",
						String.valueOf(result.rowsUpdated()), "created", String.valueOf(result.created()), "revised",
						String.valueOf(result.revised()), "unchanged", String.valueOf(result.unchanged())));
		this.audit.record(actor, campaign.getRootUnitId(), "TASK_TABLE_IMPORTED", "campaign", campaign.getId(),
				details);
	}

	private static int sequence(String code) {
		return Integer.parseInt(code.substring(code.lastIndexOf('.') + 1));
	}

	/** The five counts of an import, as the lines are applied. */
	private static final class Tally {

		int rowsCreated;

		int rowsUpdated;

		int created;

		int revised;

		int unchanged;

		ImportedObligation.Result result() {
			return new ImportedObligation.Result(this.rowsCreated, this.rowsUpdated, this.created, this.revised,
					this.unchanged);
		}

	}

}
