package com.tasktable.records;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.tasktable.evidence.EvidenceFiles;
import com.tasktable.evidence.StoredFile;
import com.tasktable.evidence.Upload;
import com.tasktable.platform.Violation;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Attaches checked files to a record inside the caller's transaction; a rollback deletes
 * the files again.
 */
@Component
class EvidenceAttachments {

	private final EvidenceFiles files;

	private final EvidenceRepository evidence;

	private final Clock clock;

	EvidenceAttachments(EvidenceFiles files, EvidenceRepository evidence, Clock clock) {
		this.files = files;
		this.evidence = evidence;
		this.clock = clock;
	}

	List<Violation> check(List<Upload> files, int alreadyAttached) {
		return this.files.check(files, alreadyAttached);
	}

	int count(Long recordId) {
		return (int) this.evidence.countByRecordId(recordId);
	}

	void attach(Long recordId, List<Upload> files, Long userId) {
		if (files.isEmpty()) {
			return;
		}
		List<StoredFile> written = new ArrayList<>();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					written.forEach(EvidenceAttachments.this.files::delete);
				}
			}
		});
		var now = Instant.now(this.clock);
		for (var file : files) {
			var stored = this.files.store(file);
			written.add(stored);
			this.evidence.save(new Evidence(recordId, stored, userId, now));
		}
	}

	/**
	 * Removes one file of the record; its bytes go once the transaction has committed.
	 * Null when the record has no such file.
	 */
	String remove(Long recordId, Long evidenceId) {
		var found = this.evidence.findById(evidenceId).filter(e -> e.getRecordId().equals(recordId)).orElse(null);
		if (found == null) {
			return null;
		}
		this.evidence.delete(found);
		var stored = new StoredFile(found.getStorageKey(), found.getThumbnailKey(), found.getFileName(), null, 0, null);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status == STATUS_COMMITTED) {
					EvidenceAttachments.this.files.delete(stored);
				}
			}
		});
		return found.getFileName();
	}

}
