package com.tasktable.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.tasktable.platform.RejectedException;
import com.tasktable.users.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approving every pending record a filter of the queue finds, not only the page on
 * screen. The reviewer first sees how many records (of which units, for which
 * obligations), then confirms that count. The approval finds the set again and refuses
 * when it is not the one confirmed (a record came in, left or was changed in between), so
 * nothing is approved that the reviewer did not count. All or nothing; each record is
 * approved, checked and audited exactly as a single approval
 * ({@link RecordDecisions#approveAll}).
 */
@Service
@Transactional(readOnly = true)
public class FilteredApproval {

	/**
	 * The most records approved at once: one transaction stays short, and a reviewer who
	 * means more narrows the filter (by unit or period) and goes in steps.
	 */
	public static final int LIMIT = 500;

	private final ReviewQueue queue;

	private final RecordDecisions decisions;

	FilteredApproval(ReviewQueue queue, RecordDecisions decisions) {
		this.queue = queue;
		this.decisions = decisions;
	}

	/** What approving the filter's results would approve now. */
	public FilteredSelection select(CurrentUser reviewer, QueueFilter filter) {
		var found = this.queue.upTo(reviewer, filter, LIMIT + 1);
		var rows = found.rows();
		if (found.total() > LIMIT || rows.size() > LIMIT) {
			return new FilteredSelection(Math.max(found.total(), rows.size()), null, List.of(), List.of(), LIMIT);
		}
		var byUnit = tally(rows, QueueRow::unit).entrySet()
			.stream()
			.map(e -> new FilteredSelection.UnitCount(e.getKey(), e.getValue()))
			.toList();
		var byObligation = tally(rows, QueueRow::obligation).entrySet()
			.stream()
			.map(e -> new FilteredSelection.ObligationCount(e.getKey(), e.getValue()))
			.toList();
		return new FilteredSelection(rows.size(), fingerprint(rows), byUnit, byObligation, LIMIT);
	}

	/**
	 * Approves the filter's results if they are still the records the reviewer confirmed.
	 * @param expectedCount the count the reviewer confirmed
	 * @param expectedFingerprint the selection's fingerprint as shown
	 * @return the records approved
	 * @throws RejectedException (a conflict) when the set changed, is empty or is too
	 * large; nothing is approved
	 */
	@Transactional
	public int approve(CurrentUser reviewer, QueueFilter filter, long expectedCount, String expectedFingerprint) {
		var found = this.queue.upTo(reviewer, filter, LIMIT + 1);
		var rows = found.rows();
		if (found.total() > LIMIT || rows.size() > LIMIT) {
			throw RejectedException.conflict("review.bulk.error.tooMany");
		}
		if (rows.isEmpty()) {
			throw RejectedException.conflict("review.bulk.error.none");
		}
		if (rows.size() != expectedCount || !fingerprint(rows).equals(expectedFingerprint)) {
			throw RejectedException.conflict("review.bulk.error.changed");
		}
		Map<Long, Long> versions = new LinkedHashMap<>();
		rows.forEach(row -> versions.put(row.id(), row.version()));
		return this.decisions.approveAll(reviewer, versions);
	}

	private static <K> Map<K, Long> tally(List<QueueRow> rows, Function<QueueRow, K> key) {
		return rows.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.counting()));
	}

	/** SHA-256 of the records' ids and versions in id order. */
	static String fingerprint(List<QueueRow> rows) {
		var text = rows.stream()
			.sorted(Comparator.comparing(QueueRow::id))
			.map(row -> row.id() + ":" + row.version())
			.collect(Collectors.joining(","));
		try {
			var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
