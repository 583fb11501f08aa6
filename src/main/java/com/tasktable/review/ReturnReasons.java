package com.tasktable.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.tasktable.audit.AuditLog;
import com.tasktable.platform.NotFoundException;
import com.tasktable.platform.RejectedException;
import com.tasktable.platform.Violation;
import com.tasktable.users.CurrentUser;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list of return reasons: administrators add, edit and retire them (every change
 * audited), reviewers pick one and may add their own words.
 */
@Service
@Transactional
public class ReturnReasons {

	static final int MAX_TEXT = 200;

	private final ReturnReasonRepository reasons;

	private final AuditLog audit;

	ReturnReasons(ReturnReasonRepository reasons, AuditLog audit) {
		this.reasons = reasons;
		this.audit = audit;
	}

	/** Every reason, retired ones too, in their order: the administrator's page. */
	@Transactional(readOnly = true)
	public List<ReturnReasonView> all() {
		return this.reasons.findAllByOrderBySortOrderAscIdAsc().stream().map(ReturnReason::toView).toList();
	}

	/** The reasons offered to a reviewer. */
	@Transactional(readOnly = true)
	public List<ReturnReasonView> offered() {
		return all().stream().filter(r -> !r.retired()).toList();
	}

	public Long add(CurrentUser admin, String text, String textEn, int sortOrder) {
		check(text, textEn);
		var saved = this.reasons.save(new ReturnReason(text.strip(), blankToNull(textEn), sortOrder));
		this.audit.record(admin.username(), null, "RETURN_REASON_ADDED", "return_reason", saved.getId(),
				details(saved.toView()));
		return saved.getId();
	}

	/**
	 * Changes (or retires, or offers again) a reason; {@code version} is what was edited.
	 */
	public void change(CurrentUser admin, Long id, long version, String text, String textEn, int sortOrder,
			boolean retired) {
		var reason = this.reasons.findById(id).orElseThrow(() -> new NotFoundException("No return reason " + id));
		if (reason.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(ReturnReason.class, id);
		}
		check(text, textEn);
		var before = reason.toView();
		reason.change(text.strip(), blankToNull(textEn), sortOrder, retired);
		Map<String, Object> changes = new LinkedHashMap<>();
		changes.put("before", details(before));
		changes.put("after", details(reason.toView()));
		this.audit.record(admin.username(), null,
				retired && !before.retired() ? "RETURN_REASON_RETIRED" : "RETURN_REASON_CHANGED", "return_reason", id,
				changes);
	}

	/**
	 * What the record's history keeps: the reason picked (an offered one), then the
	 * reviewer's own words; either may be missing, not both (checked where the return is
	 * made).
	 */
	@Transactional(readOnly = true)
	public String compose(Long reasonId, String ownWords) {
		var words = blankToNull(ownWords);
		if (reasonId == null) {
			return words;
		}
		var picked = this.reasons.findById(reasonId)
			.filter(r -> !r.toView().retired())
			.orElseThrow(() -> new RejectedException(List.of(Violation.of("reasonId", "review.error.reasonUnknown"))));
		return (words == null) ? picked.getText() : picked.getText() + "：" + words;
	}

	private static void check(String text, String textEn) {
		List<Violation> violations = new ArrayList<>();
		if (text == null || text.isBlank()) {
			violations.add(Violation.of("text", "returnReason.error.required"));
		}
		else if (text.strip().length() > MAX_TEXT) {
			violations.add(Violation.of("text", "returnReason.error.tooLong", MAX_TEXT));
		}
		if (textEn != null && textEn.strip().length() > MAX_TEXT) {
			violations.add(Violation.of("textEn", "returnReason.error.tooLong", MAX_TEXT));
		}
		if (!violations.isEmpty()) {
			throw new RejectedException(violations);
		}
	}

	private static Map<String, Object> details(ReturnReasonView view) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("text", view.text());
		map.put("textEn", view.textEn());
		map.put("sortOrder", view.sortOrder());
		map.put("retired", view.retired());
		return map;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
