package com.tasktable.records;

import java.time.Instant;

import com.tasktable.evidence.StoredFile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A file attached to a record; the content lives in the evidence store under
 * {@code storageKey}.
 */
@Entity
@Table(name = "evidence")
class Evidence {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "record_id")
	private Long recordId;

	@Column(name = "storage_key")
	private String storageKey;

	@Column(name = "file_name")
	private String fileName;

	@Column(name = "content_type")
	private String contentType;

	@Column(name = "size_bytes")
	private long sizeBytes;

	private String sha256;

	@Column(name = "created_by")
	private Long createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "thumbnail_key")
	private String thumbnailKey;

	protected Evidence() {
	}

	Evidence(Long recordId, StoredFile file, Long createdBy, Instant now) {
		this.recordId = recordId;
		this.storageKey = file.storageKey();
		this.thumbnailKey = file.thumbnailKey();
		this.fileName = file.fileName();
		this.contentType = file.type().mediaType();
		this.sizeBytes = file.size();
		this.sha256 = file.sha256();
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	Long getId() {
		return this.id;
	}

	Long getRecordId() {
		return this.recordId;
	}

	String getStorageKey() {
		return this.storageKey;
	}

	String getFileName() {
		return this.fileName;
	}

	String getThumbnailKey() {
		return this.thumbnailKey;
	}

	EvidenceView toView() {
		return new EvidenceView(this.id, this.recordId, this.fileName, this.contentType, this.sizeBytes, this.sha256,
				this.thumbnailKey != null, this.createdAt);
	}

}
