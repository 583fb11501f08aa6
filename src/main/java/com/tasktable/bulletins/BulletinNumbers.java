package com.tasktable.bulletins;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Document numbers: a counter row per issuing unit, pattern and year, incremented in the
 * publishing transaction. The row lock makes a second instance publishing at the same
 * moment wait for the first to commit; a publication that rolls back gives its number
 * back, so numbers have no gaps.
 */
@Component
class BulletinNumbers {

	private final JdbcTemplate jdbc;

	BulletinNumbers(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	int next(Long issuingUnitId, String pattern, int year) {
		Integer next = this.jdbc.queryForObject("""
				insert into bulletin_number_counter (issuing_unit_id, pattern, year, last_sequence)
				values (?, ?, ?, 1)
				on conflict (issuing_unit_id, pattern, year)
				do update set last_sequence = bulletin_number_counter.last_sequence + 1
				returning last_sequence""", Integer.class, issuingUnitId, pattern, year);
		return next;
	}

	/** {@code 桂环宣〔{year}〕{seq}号} with 2026 and 11: {@code 桂环宣〔2026〕11号}. */
	static String format(String pattern, int year, int sequence) {
		return pattern.replace("{year}", Integer.toString(year)).replace("{seq}", Integer.toString(sequence));
	}

}
