package com.tasktable.records;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submissions already made, by their key: a form's one-time token or an API caller's
 * {@code Idempotency-Key}, each its user's own ({@code form_submission}, primary key user
 * and key). The database decides between submissions with one key, however many arrive at
 * once and on whichever instance: the first to insert the key goes on, in its own
 * transaction; an insert of the same key waits for that transaction. If it commits, the
 * later ones are told no and read the record it stored; if it rolls back (a refused
 * form), the next one takes the key and goes on in its turn.
 */
@Component
class SubmissionKeys {

	private final JdbcTemplate jdbc;

	SubmissionKeys(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Takes the key for the caller's transaction.
	 * @return {@code true} for the first submission with it, {@code false} when another
	 * one has it (committed before this call returned)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	boolean claim(Long userId, UUID key, Instant now) {
		return this.jdbc.update("""
				insert into form_submission (user_id, token, created_at) values (?, ?, ?)
				on conflict (user_id, token) do nothing""", userId, key,
				OffsetDateTime.ofInstant(now, ZoneOffset.UTC)) == 1;
	}

	/** Ties the key the caller took to the record it stored, in the same transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	void link(Long userId, UUID key, Long recordId) {
		this.jdbc.update("update form_submission set record_id = ? where user_id = ? and token = ?", recordId, userId,
				key);
	}

	/**
	 * The record stored by the submission that took the key; empty when it stored none (a
	 * month of daily activity).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	Optional<Long> recordOf(Long userId, UUID key) {
		return this.jdbc
			.queryForList("select record_id from form_submission where user_id = ? and token = ?", Long.class, userId,
					key)
			.stream()
			.filter(Objects::nonNull)
			.findFirst();
	}

}
