package com.tasktable.units;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A unit's fields as an administrator types them, with their field rules (checked by
 * {@code platform.FieldRules}); {@link UnitAdministration} adds the rules that need the
 * tree (a code taken, no level below a county).
 *
 * @param code the pinyin code, only when a unit is added (null when renamed)
 * @param name the Chinese name
 * @param nameEn the English name, optional
 */
record UnitFields(@Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}", message = "{admin.unit.error.code}") String code,
		@NotBlank(message = "{admin.error.required}") @Size(max = 200,
				message = "{admin.user.error.tooLong}") String name,
		@Size(max = 200, message = "{admin.user.error.tooLong}") String nameEn) {

	static UnitFields of(String code, String name, String nameEn) {
		return new UnitFields((code != null) ? code.trim() : "", name, nameEn);
	}

	static UnitFields names(String name, String nameEn) {
		return new UnitFields(null, name, nameEn);
	}

}
