package com.tasktable.records;

import com.tasktable.evidence.EvidenceFiles;
import com.tasktable.platform.NotFoundException;
import com.tasktable.units.UnitScope;
import com.tasktable.units.Units;

import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Hands out evidence files, only to readers whose scope covers the record's unit. */
@Service
@Transactional(readOnly = true)
public class EvidenceDownloads {

	private final EvidenceRepository evidence;

	private final ActivityRecordRepository records;

	private final EvidenceFiles files;

	private final Units units;

	EvidenceDownloads(EvidenceRepository evidence, ActivityRecordRepository records, EvidenceFiles files, Units units) {
		this.evidence = evidence;
		this.records = records;
		this.files = files;
		this.units = units;
	}

	/**
	 * The file, or its thumbnail, with what the response needs; "not found" outside the
	 * scope.
	 */
	public Download open(UnitScope scope, Long evidenceId, boolean thumbnail) {
		var file = this.evidence.findById(evidenceId)
			.orElseThrow(() -> new NotFoundException("Evidence not found: " + evidenceId));
		var record = this.records.findById(file.getRecordId())
			.orElseThrow(() -> new NotFoundException("Evidence not found: " + evidenceId));
		if (!scope.covers(this.units.byId(record.getUnitId()))) {
			throw new NotFoundException("Evidence not found: " + evidenceId);
		}
		var view = file.toView();
		if (thumbnail) {
			if (file.getThumbnailKey() == null) {
				throw new NotFoundException("No thumbnail: " + evidenceId);
			}
			return new Download(this.files.open(file.getThumbnailKey()), view, "image/jpeg");
		}
		return new Download(this.files.open(file.getStorageKey()), view, view.contentType());
	}

	/**
	 * An evidence file to send.
	 *
	 * @param content its bytes, from the evidence storage
	 * @param evidence its metadata
	 * @param contentType what to send it as
	 */
	public record Download(Resource content, EvidenceView evidence, String contentType) {
	}

}
