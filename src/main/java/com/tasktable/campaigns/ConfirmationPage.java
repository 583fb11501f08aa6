package com.tasktable.campaigns;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The page that shows a guarded change's impact and asks for a confirmation with a
 * reason: the administrator's change is carried in hidden fields to the same address, so
 * the confirmation goes through the same binding and checks as the change itself.
 *
 * @param action where the change was posted
 * @param back the page the change came from
 * @param fields the change's fields as posted (without the token and the confirmation)
 * @param impact what the change would do
 * @param digest the impact's fingerprint the confirmation names
 * @param stale the data changed since the impact was shown (a conflict)
 * @param reason the reason entered so far
 * @param reasonError message key of what is wrong with the reason, or null
 */
public record ConfirmationPage(String action, String back, List<Field> fields, ChangeImpact impact, String digest,
		boolean stale, String reason, String reasonError) {

	/** The page's view name. */
	public static final String VIEW = "admin/confirm-change";

	private static final Set<String> OWN = Set.of("_csrf", "confirmDigest", "confirmReason");

	public ConfirmationPage {
		fields = List.copyOf(fields);
	}

	/** The page for a refused change posted to {@code action} with {@code params}. */
	public static ConfirmationPage of(ChangeNeedsConfirmationException refused, String action, String back,
			Map<String, String[]> params) {
		List<Field> fields = new ArrayList<>();
		params.forEach((name, values) -> {
			if (!OWN.contains(name)) {
				for (var value : values) {
					fields.add(new Field(name, value));
				}
			}
		});
		var reasons = params.get("confirmReason");
		var reason = (reasons != null && reasons.length > 0) ? reasons[0] : "";
		return new ConfirmationPage(action, back, fields, refused.impact(), refused.digest(), refused.stale(), reason,
				refused.reasonError());
	}

	/** The HTTP status: 409 when the impact shown before is no longer the change's. */
	public int status() {
		return this.stale ? 409 : 200;
	}

	/** The longest reason accepted. */
	public int maxReason() {
		return Confirmation.MAX_REASON;
	}

	/**
	 * One posted field.
	 *
	 * @param name its name
	 * @param value its value
	 */
	public record Field(String name, String value) {

	}

}
