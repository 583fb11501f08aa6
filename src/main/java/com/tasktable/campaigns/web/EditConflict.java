package com.tasktable.campaigns.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What another administrator saved while this one was editing: each field whose stored
 * value now differs from what this one entered. The page shows it above the form, which
 * keeps every entry, so nothing typed is lost.
 *
 * @param field the field's name (its label is {@code admin.field.<name>})
 * @param yours what this administrator entered
 * @param current what is stored now
 */
public record EditConflict(String field, String yours, String current) {

	static List<EditConflict> between(Map<String, String> yours, Map<String, String> current) {
		List<EditConflict> conflicts = new ArrayList<>();
		yours.forEach((field, value) -> {
			var stored = current.getOrDefault(field, "");
			if (!stored.equals(value)) {
				conflicts.add(new EditConflict(field, value, stored));
			}
		});
		return conflicts;
	}

}
